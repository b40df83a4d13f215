#include "edit/CreationChanges.h"

#include "json/ReportJsonWriter.h"

namespace cpc {

namespace {

template <typename T> FieldChange creating(FieldPath path, const T& object)
{
    return FieldChange{std::move(path), ReportJsonWriter::toJson(object), false, std::make_shared<const NewObject>(object)};
}

QString k(const char* key) { return QString::fromLatin1(key); }

} // namespace

FieldChange CreationChanges::entity(const Entity& e) { return creating(FieldPath{k("entities"), e.id}, e); }
FieldChange CreationChanges::section(const Section& s) { return creating(FieldPath{k("sections"), s.id}, s); }
FieldChange CreationChanges::indicator(const Indicator& i) { return creating(FieldPath{k("indicators"), i.id}, i); }

FieldChange CreationChanges::activity(const QString& sectionId, const Activity& a)
{
    return creating(FieldPath{k("sections"), sectionId, k("activities"), a.id}, a);
}

FieldChange CreationChanges::glossaryEntry(const GlossaryEntry& g)
{
    return creating(FieldPath{k("glossary"), g.term.en()}, g);
}

} // namespace cpc
