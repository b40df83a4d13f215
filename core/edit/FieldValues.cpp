#include "edit/FieldValues.h"

#include "edit/BreakdownLabelChange.h"
#include "edit/OrderChange.h"
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
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), i.periodStart}, {QStringLiteral("end"), i.periodEnd}}},
        {QStringLiteral("source_language"), languageCode(i.sourceLanguage)},
        {QStringLiteral("prepared_by"), i.preparedBy},
        {QStringLiteral("small_numbers"),
         QJsonObject{{QStringLiteral("enabled"), i.smallNumbers.enabled}, {QStringLiteral("threshold"), i.smallNumbers.threshold}}},
    };
}

} // namespace

QJsonValue FieldValues::get(const Report& r, const FieldPath& path)
{
    const QStringList& s = path.segments();
    const QString root = path.at(0);
    const QString id = path.at(1);
    if (root == QLatin1String("report")) return walk(infoJson(r.info), s, 1);
    if (root == QLatin1String("comments")) {
        QJsonArray a;
        for (const Comment& c : r.comments) a.append(ReportJsonWriter::toJson(c));
        return s.size() == 1 ? QJsonValue(a) : QJsonValue(QJsonValue::Undefined);
    }
    if (root == QLatin1String("indicator_order")) {
        QStringList ids;
        for (const Indicator& i : r.indicators) ids << i.id;
        return s.size() == 1 ? OrderChange::value(ids) : QJsonValue(QJsonValue::Undefined);
    }
    if (root == QLatin1String("section_order")) {
        QStringList ids;
        for (const Section& x : r.sections) ids << x.id;
        return s.size() == 1 ? OrderChange::value(ids) : QJsonValue(QJsonValue::Undefined);
    }
    if (s.size() < 2) return QJsonValue(QJsonValue::Undefined);
    if (root == QLatin1String("entities")) {
        const Entity* e = r.entity(id);
        return e ? walk(ReportJsonWriter::toJson(*e), s, 2) : QJsonValue(QJsonValue::Undefined);
    }
    if (root == QLatin1String("sections")) {
        const Section* sec = r.section(id);
        if (sec && s.size() == 3 && path.at(2) == QLatin1String("activity_order")) {
            QStringList ids;
            for (const Activity& a : sec->activities) ids << a.id;
            return OrderChange::value(ids);
        }
        return sec ? walk(ReportJsonWriter::toJson(*sec, path.at(2)), s, 2) : QJsonValue(QJsonValue::Undefined);
    }
    if (root == QLatin1String("activities")) {
        const Activity* a = r.activity(id);
        return a ? walk(ReportJsonWriter::toJson(*a), s, 2) : QJsonValue(QJsonValue::Undefined);
    }
    if (root == QLatin1String("indicators")) {
        const Indicator* i = r.indicator(id);
        // One breakdown category, looked up directly: building the year's whole breakdown as JSON for
        // each value made an import of tens of thousands of categories quadratic.
        if (i && s.size() == 6 && path.at(2) == QLatin1String("disaggregation")) {
            bool ok = false;
            const int year = path.at(3).toInt(&ok);
            const auto dims = i->disaggregation.constFind(year);
            if (!ok || dims == i->disaggregation.constEnd()) return QJsonValue(QJsonValue::Undefined);
            for (const Disaggregation& d : dims.value()) {
                if (d.dimension != s.at(4)) continue;
                for (const DisaggregationCategory& c : d.categories)
                    if (c.name == s.at(5)) return QJsonValue(c.value);
            }
            return QJsonValue(QJsonValue::Undefined);
        }
        // Only the member (and year) the path goes through: an import reads thousands of single values.
        return i ? walk(ReportJsonWriter::toJson(*i, path.at(2), path.at(3)), s, 2) : QJsonValue(QJsonValue::Undefined);
    }
    if (root == QLatin1String("breakdown_labels")) return BreakdownLabelChange::value(r, path);
    if (root == QLatin1String("glossary")) {
        const int g = r.glossaryIndex(id);
        return g >= 0 ? walk(ReportJsonWriter::toJson(r.glossary[g]), s, 2) : QJsonValue(QJsonValue::Undefined);
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace cpc
