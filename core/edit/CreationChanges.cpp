#include "edit/CreationChanges.h"

#include "model/Paths.h"

#include "json/ReportJsonWriter.h"

namespace cpc {

namespace {

template <typename T> FieldChange creating(FieldPath path, const T& object)
{
    return FieldChange{std::move(path), ReportJsonWriter::toJson(object), false,
                       std::make_shared<const NewObject>(object)};
}

} // namespace

FieldChange CreationChanges::entity(const Entity& e)
{
    return creating(Paths::entity(e.id), e);
}
FieldChange CreationChanges::section(const Section& s)
{
    return creating(Paths::section(s.id), s);
}
FieldChange CreationChanges::indicator(const Indicator& i)
{
    return creating(Paths::indicator(i.id), i);
}

FieldChange CreationChanges::activity(const QString& sectionId, const Activity& a)
{
    return creating(Paths::sectionActivity(sectionId, a.id), a);
}

FieldChange CreationChanges::glossaryEntry(const GlossaryEntry& g)
{
    return creating(Paths::glossaryEntry(g.term.en()), g);
}

} // namespace cpc
