#include "edit/FieldValues.h"

#include "edit/BreakdownLabelChange.h"
#include "edit/OrderChange.h"
#include "edit/TextChange.h"
#include "model/FieldSchema.h"
#include "model/Paths.h"

#include "json/ReportJsonWriter.h"
#include <QJsonArray>
#include <QJsonObject>

namespace cpc {

namespace {

// Follows the remaining segments into a JSON value; in an array of objects a segment names the element
// by its "id".
QJsonValue walk(QJsonValue v, const QStringList& segs, int from)
{
    for (int i = from; i < segs.size(); ++i) {
        if (v.isObject()) {
            v = v.toObject().value(segs[i]);
        } else if (v.isArray()) {
            QJsonValue found;
            for (const QJsonValue& e : v.toArray())
                if (e.toObject().value(QStringLiteral("id")).toString() == segs[i]) found = e;
            v = found;
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
        if (v.isUndefined()) return v;
    }
    return v;
}

QJsonObject infoJson(const ReportInfo& i)
{
    return QJsonObject{
        {QStringLiteral("template"), i.templateId},
        {QStringLiteral("partnership"), ReportJsonWriter::toJson(i.partnership)},
        {QStringLiteral("title"), ReportJsonWriter::toJson(i.title)},
        {QStringLiteral("reporting_year"), i.reportingYear},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("start"), i.periodStart}, {QStringLiteral("end"), i.periodEnd}}},
        {QStringLiteral("source_language"), languageCode(i.sourceLanguage)},
        {QStringLiteral("prepared_by"), i.preparedBy},
        {QStringLiteral("small_numbers"),
         QJsonObject{{QStringLiteral("enabled"), i.smallNumbers.enabled},
                     {QStringLiteral("threshold"), i.smallNumbers.threshold}}},
    };
}

using K = FieldKind;

const QJsonValue kAbsent(QJsonValue::Undefined);

QJsonValue ids(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}
QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
// What the JSON form leaves out when it is empty or the default.
QJsonValue unlessEmpty(const QString& s)
{
    return s.isEmpty() ? kAbsent : QJsonValue(s);
}
QJsonValue reviewStatus(const Workflow& w)
{
    return w.status == Workflow().status ? kAbsent : QJsonValue(reviewStatusId(w.status));
}

QJsonValue year(const QMap<int, std::optional<double>>& years, const QString& key)
{
    const auto it = years.constFind(key.toInt());
    return it == years.constEnd() ? kAbsent : number(it.value());
}

QJsonValue ofReport(const ReportInfo& i, K kind)
{
    switch (kind) {
    case K::ReportTemplate:
        return i.templateId;
    case K::ReportYear:
        return i.reportingYear;
    case K::ReportPeriodStart:
        return i.periodStart;
    case K::ReportPeriodEnd:
        return i.periodEnd;
    case K::ReportSourceLanguage:
        return languageCode(i.sourceLanguage);
    case K::ReportPreparedBy:
        return i.preparedBy;
    case K::ReportSmallNumbersEnabled:
        return i.smallNumbers.enabled;
    case K::ReportSmallNumbersThreshold:
        return i.smallNumbers.threshold;
    default:
        return kAbsent;
    }
}

// One value read from the model, in the form the JSON writer gives it; nothing for an object or list,
// which is written out (FieldValues::get).
std::optional<QJsonValue> leaf(const Report& r, const FieldMatch& m)
{
    const FieldSpec& spec = *m.spec;
    if (spec.type == FieldType::TextSide && spec.owner != FieldOwner::BreakdownLabels) {
        const BiText* t = TextChange::find(r, FieldSchema::path(m.kind(), m.values).parent());
        return t ? QJsonValue(t->text(*languageFromCode(m.values.last()))) : kAbsent;
    }
    if (spec.type == FieldType::Object || spec.type == FieldType::Order || spec.type == FieldType::Comments)
        return std::nullopt;
    const QString id = m.id();
    if (spec.owner == FieldOwner::Report) return ofReport(r.info, m.kind());
    if (m.kind() == K::EntityKind) return r.entity(id) ? QJsonValue(r.entity(id)->kind) : kAbsent;
    if (spec.owner == FieldOwner::Section) {
        const Section* s = r.section(id);
        if (!s) return kAbsent;
        if (m.kind() == K::SectionAssignedTo) return ids(s->assignedTo);
        if (m.kind() == K::SectionStatus) return reviewStatusId(s->review.status);
        if (m.kind() == K::SectionReturnReason) return unlessEmpty(s->review.reason);
        if (m.kind() == K::SectionObjective) return s->isObjective() ? QJsonValue(s->objective) : kAbsent;
    }
    if (spec.owner == FieldOwner::Activity) {
        const Activity* a = r.activity(id);
        if (!a) return kAbsent;
        if (m.kind() == K::ActivityResponsible) return ids(a->responsible);
        if (m.kind() == K::ActivityStatus) return unlessEmpty(a->status);
        if (m.kind() == K::ActivityTraffickingTypes) return ids(a->traffickingTypes);
        if (m.kind() == K::ActivityReviewStatus) return reviewStatus(a->review);
        if (m.kind() == K::ActivityReviewReason) return unlessEmpty(a->review.reason);
    }
    if (spec.owner == FieldOwner::Indicator) {
        const Indicator* i = r.indicator(id);
        if (!i) return kAbsent;
        switch (m.kind()) {
        case K::IndicatorObjective:
            return i->objective;
        case K::IndicatorUnit:
            return unitId(i->unit);
        case K::IndicatorDirection:
            return i->direction;
        case K::IndicatorResponsible:
            return ids(i->responsible);
        case K::IndicatorBaselineValue:
            return i->hasBaseline ? number(i->baselineValue) : kAbsent;
        case K::IndicatorBaselinePeriod:
            return i->hasBaseline ? QJsonValue(i->baselinePeriod) : kAbsent;
        case K::IndicatorTarget:
            return year(i->targets, m.values.value(1));
        case K::IndicatorActual:
            return year(i->actuals, m.values.value(1));
        case K::IndicatorKey:
            return i->key ? QJsonValue(true) : kAbsent;
        case K::IndicatorCumulative:
            return i->cumulative ? QJsonValue(true) : kAbsent;
        case K::IndicatorSensitive:
            return i->sensitive ? QJsonValue(*i->sensitive) : kAbsent;
        case K::IndicatorReviewStatus:
            return reviewStatus(i->review);
        case K::IndicatorReviewReason:
            return unlessEmpty(i->review.reason);
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace

QJsonValue FieldValues::get(const Report& r, const FieldPath& path)
{
    // A field's value is read from the model; only objects and lists are written out as JSON.
    const std::optional<FieldMatch> m = FieldSchema::match(path);
    if (m)
        if (std::optional<QJsonValue> v = leaf(r, *m)) return *v;
    const QStringList& s = path.segments();
    // An object or a list: the row of the path, or of the object it lies in, says whose it is.
    const std::optional<FieldMatch> in = m ? m : FieldSchema::matchWithin(path);
    if (!in) // the report's own parts that are not fields (report, report/title...)
        return path.at(0) == Paths::report().at(0) ? walk(infoJson(r.info), s, 1) : kAbsent;
    const QString id = in->id();
    switch (in->spec->owner) {
    case FieldOwner::Report:
        if (in->kind() == K::IndicatorOrder || in->kind() == K::SectionOrder) {
            QStringList ids;
            if (in->kind() == K::IndicatorOrder)
                for (const Indicator& i : r.indicators)
                    ids << i.id;
            else
                for (const Section& x : r.sections)
                    ids << x.id;
            return s.size() == 1 ? OrderChange::value(ids) : kAbsent;
        }
        return walk(infoJson(r.info), s, 1);
    case FieldOwner::Comments: {
        QJsonArray a;
        for (const Comment& c : r.comments)
            a.append(ReportJsonWriter::toJson(c));
        return s.size() == 1 ? QJsonValue(a) : kAbsent;
    }
    case FieldOwner::Entity: {
        const Entity* e = r.entity(id);
        return e ? walk(ReportJsonWriter::toJson(*e), s, 2) : kAbsent;
    }
    case FieldOwner::Section: {
        const Section* sec = r.section(id);
        if (!sec) return kAbsent;
        if (in->kind() == K::SectionActivityOrder && s.size() == 3) {
            QStringList ids;
            for (const Activity& a : sec->activities)
                ids << a.id;
            return OrderChange::value(ids);
        }
        return walk(ReportJsonWriter::toJson(*sec, path.at(2)), s, 2);
    }
    case FieldOwner::Activity: {
        const Activity* a = r.activity(id);
        return a ? walk(ReportJsonWriter::toJson(*a), s, 2) : kAbsent;
    }
    case FieldOwner::Indicator: {
        const Indicator* i = r.indicator(id);
        if (!i) return kAbsent;
        // One breakdown category, looked up directly: building the year's whole breakdown as JSON for
        // each value made an import of tens of thousands of categories quadratic.
        if (in->kind() == K::IndicatorBreakdownCategory && s.size() == 6) {
            const auto dims = i->disaggregation.constFind(in->values.at(1).toInt());
            if (dims == i->disaggregation.constEnd()) return kAbsent;
            for (const Disaggregation& d : dims.value()) {
                if (d.dimension != in->values.at(2)) continue;
                for (const DisaggregationCategory& c : d.categories)
                    if (c.name == in->values.at(3)) return QJsonValue(c.value);
            }
            return kAbsent;
        }
        // Only the member (and year) the path goes through: an import reads thousands of single values.
        return walk(ReportJsonWriter::toJson(*i, path.at(2), path.at(3)), s, 2);
    }
    case FieldOwner::BreakdownLabels:
        return BreakdownLabelChange::value(r, path);
    case FieldOwner::Glossary: {
        const int g = r.glossaryIndex(id);
        return g >= 0 ? walk(ReportJsonWriter::toJson(r.glossary[g]), s, 2) : kAbsent;
    }
    }
    return kAbsent;
}

} // namespace cpc
