#include "edit/SectionChanges.h"

#include "edit/OrderChange.h"
#include "model/Paths.h"
#include "template/SkeletonBuilder.h"

#include "json/ReportJsonWriter.h"

namespace cpc {

namespace {

QStringList idsOf(const Report& r)
{
    QStringList ids;
    for (const Section& s : r.sections)
        ids << s.id;
    return ids;
}

int templatePlace(const Template& t, const QString& id)
{
    for (qsizetype i = 0; i < t.sections.size(); ++i)
        if (t.sections[i].id == id) return int(i);
    return -1;
}

} // namespace

QList<TemplateSection> SectionChanges::addable(const Report& r, const Template& t)
{
    QList<TemplateSection> out;
    for (const TemplateSection& ts : t.sections)
        if (!ts.required && !r.section(ts.id)) out << ts;
    return out;
}

bool SectionChanges::removable(const Report& r, const Template* t, const QString& id)
{
    const TemplateSection* ts = t ? t->section(id) : nullptr;
    return ts && !ts->required && r.section(id);
}

Result<QList<FieldChange>> SectionChanges::add(const Report& r, const Template& t, const QString& id)
{
    const TemplateSection* ts = t.section(id);
    if (!ts) return Error{tr("the template has no section '%1'").arg(id), id};
    if (r.section(id)) return Error{tr("the report already has the section “%1”").arg(ts->title.en()), id};
    // In the template's place: before the first section the template puts after it.
    const int place = templatePlace(t, id);
    QStringList order = idsOf(r);
    qsizetype at = order.size();
    for (qsizetype i = 0; i < order.size(); ++i)
        if (templatePlace(t, order[i]) > place) {
            at = i;
            break;
        }
    order.insert(at, id);
    return QList<FieldChange>{
        FieldChange{Paths::section(id), ReportJsonWriter::toJson(SkeletonBuilder::section(*ts))},
        FieldChange{Paths::sectionOrder(), OrderChange::value(order)}};
}

Result<QList<FieldChange>> SectionChanges::remove(const Report& r, const Template* t, const QString& id)
{
    const Section* s = r.section(id);
    if (!s) return Error{tr("there is no section '%1'").arg(id), id};
    if (!removable(r, t, id))
        return Error{
            tr("the report's template requires the section “%1”; it cannot be removed").arg(s->title.en()),
            id};
    return QList<FieldChange>{FieldChange{Paths::section(id), QJsonValue(QJsonValue::Null)}};
}

QList<FieldChange> SectionChanges::restoreRemoved(const Report& r, const FieldChange& removal)
{
    const FieldPath& p = removal.path;
    const std::optional<FieldMatch> m = FieldSchema::match(p);
    if (!m || m->kind() != FieldKind::Section || !removal.removes()) return {};
    const Section* s = r.section(p.at(1));
    if (!s) return {};
    return {FieldChange{p, ReportJsonWriter::toJson(*s)},
            FieldChange{Paths::sectionOrder(), OrderChange::value(idsOf(r))}};
}

} // namespace cpc
