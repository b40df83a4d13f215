#include "json/IndicatorJsonReader.h"

#include "model/Vocabulary.h"
#include "util/Limits.h"

#include "json/JsonFieldReader.h"
#include "json/OrderedJson.h"
#include "json/ReportJsonReader.h"
#include <QSet>

namespace cpc {

namespace {

using F = JsonFieldReader;

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

// Both breakdown levels are open lists of names; bound them like any other list.
bool boundedObject(const OrderedJson& v, const QString& path, F& f)
{
    if (!v.isObject()) return f.object(v, path, {});
    if (v.members().size() > Limits::kMaxListLength)
        return f.fail(path,
                      IndicatorJsonReader::tr("at most %1 entries are allowed").arg(Limits::kMaxListLength));
    // A set, not a pairwise comparison: a breakdown may hold 10,000 categories.
    QSet<QString> seen;
    seen.reserve(v.members().size());
    for (const OrderedJson::Member& m : v.members()) {
        if (seen.contains(m.first))
            return f.fail(F::mapKey(path, m.first), IndicatorJsonReader::tr("this name appears twice"));
        seen.insert(m.first);
    }
    return true;
}

} // namespace

bool IndicatorJsonReader::yearValues(const OrderedJson& v, const QString& path, F& f,
                                     QMap<int, std::optional<double>>& out)
{
    if (!boundedObject(v, path, f)) return false;
    QMap<int, std::optional<double>> values;
    for (const OrderedJson::Member& m : v.members()) {
        int year = 0;
        std::optional<double> value;
        if (!f.year(m.first, path, year) || !f.number(m.second, F::mapKey(path, m.first), value, true))
            return false;
        values.insert(year, value);
    }
    out = values;
    return true;
}

bool IndicatorJsonReader::disaggregation(const OrderedJson& v, const QString& path, F& f,
                                         QList<Disaggregation>& out)
{
    if (!boundedObject(v, path, f)) return false;
    QList<Disaggregation> dims;
    for (const OrderedJson::Member& dm : v.members()) {
        Disaggregation d;
        const QString dp = F::mapKey(path, dm.first);
        if (!f.label(OrderedJson(dm.first), dp, d.dimension) || !boundedObject(dm.second, dp, f))
            return false;
        for (const OrderedJson::Member& cm : dm.second.members()) {
            DisaggregationCategory c;
            std::optional<double> value;
            const QString cp = F::mapKey(dp, cm.first);
            if (!f.label(OrderedJson(cm.first), cp, c.name) || !f.number(cm.second, cp, value, false))
                return false;
            c.value = *value;
            d.categories.append(c);
        }
        dims.append(d);
    }
    out = dims;
    return true;
}

bool IndicatorJsonReader::baseline(const OrderedJson& v, const QString& path, F& f, Indicator& out)
{
    if (!f.object(v, path, {QStringLiteral("value"), QStringLiteral("period")})) return false;
    std::optional<double> value;
    QString period;
    const bool ok =
        F::ifPresent(v, "value", path,
                     [&](const OrderedJson& x, const QString& p) { return f.number(x, p, value, true); }) &&
        F::ifPresent(v, "period", path, [&](const OrderedJson& x, const QString& p) {
            if (!f.text(x, p, period)) return false;
            return Limits::characters(period) <= Limits::kMaxIdLength ||
                   f.fail(p, tr("a period can be at most %1 characters long").arg(Limits::kMaxIdLength));
        });
    if (!ok) return false;
    out.hasBaseline = true;
    out.baselineValue = value;
    out.baselinePeriod = period;
    return true;
}

bool IndicatorJsonReader::read(const OrderedJson& v, const QString& path, const Report& context, F& f,
                               Indicator& out)
{
    static const QStringList fields{QStringLiteral("id"),
                                    QStringLiteral("objective"),
                                    QStringLiteral("name"),
                                    QStringLiteral("definition"),
                                    QStringLiteral("unit"),
                                    QStringLiteral("direction"),
                                    QStringLiteral("source"),
                                    QStringLiteral("responsible"),
                                    QStringLiteral("baseline"),
                                    QStringLiteral("targets"),
                                    QStringLiteral("actuals"),
                                    QStringLiteral("disaggregation"),
                                    QStringLiteral("variance_explanation"),
                                    QStringLiteral("key"),
                                    QStringLiteral("cumulative"),
                                    QStringLiteral("sensitive"),
                                    QStringLiteral("review_status"),
                                    QStringLiteral("review_reason")};
    Indicator i;
    bool ok =
        f.object(v, path, fields, {QStringLiteral("id"), QStringLiteral("objective")}) &&
        f.label(F::at(v, u"id"), F::member(path, key("id")), i.id) &&
        f.integer(F::at(v, u"objective"), F::member(path, key("objective")), 1, 4, i.objective) &&
        F::ifPresent(v, "name", path,
                     [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, i.name); }) &&
        F::ifPresent(v, "definition", path,
                     [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, i.definition); }) &&
        F::ifPresent(v, "unit", path,
                     [&](const OrderedJson& x, const QString& p) {
                         return f.oneOf(x, p, Vocabulary::units(), i.unit);
                     }) &&
        F::ifPresent(v, "direction", path,
                     [&](const OrderedJson& x, const QString& p) {
                         return f.oneOf(x, p, Vocabulary::directions(), i.direction);
                     }) &&
        F::ifPresent(v, "source", path,
                     [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, i.source); }) &&
        F::ifPresent(v, "responsible", path,
                     [&](const OrderedJson& x, const QString& p) {
                         return ReportJsonReader::readEntityIds(x, p, context, f, i.responsible);
                     }) &&
        F::ifPresent(v, "baseline", path,
                     [&](const OrderedJson& x, const QString& p) { return baseline(x, p, f, i); }) &&
        F::ifPresent(
            v, "targets", path,
            [&](const OrderedJson& x, const QString& p) { return yearValues(x, p, f, i.targets); }) &&
        F::ifPresent(
            v, "actuals", path,
            [&](const OrderedJson& x, const QString& p) { return yearValues(x, p, f, i.actuals); }) &&
        F::ifPresent(v, "disaggregation", path,
                     [&](const OrderedJson& x, const QString& p) {
                         if (!boundedObject(x, p, f)) return false;
                         for (const OrderedJson::Member& m : x.members()) {
                             int year = 0;
                             QList<Disaggregation> d;
                             if (!f.year(m.first, p, year) ||
                                 !disaggregation(m.second, F::mapKey(p, m.first), f, d))
                                 return false;
                             i.disaggregation.insert(year, d);
                         }
                         return true;
                     }) &&
        F::ifPresent(v, "variance_explanation", path,
                     [&](const OrderedJson& x, const QString& p) {
                         if (!boundedObject(x, p, f)) return false;
                         for (const OrderedJson::Member& m : x.members()) {
                             int year = 0;
                             BiText t;
                             if (!f.year(m.first, p, year) || !f.biText(m.second, F::mapKey(p, m.first), t))
                                 return false;
                             i.varianceExplanation.insert(year, t);
                         }
                         return true;
                     }) &&
        F::ifPresent(v, "key", path,
                     [&](const OrderedJson& x, const QString& p) { return f.flag(x, p, i.key); }) &&
        F::ifPresent(v, "cumulative", path,
                     [&](const OrderedJson& x, const QString& p) { return f.flag(x, p, i.cumulative); }) &&
        F::ifPresent(v, "sensitive", path,
                     [&](const OrderedJson& x, const QString& p) {
                         bool b = false;
                         if (!f.flag(x, p, b)) return false;
                         i.sensitive = b;
                         return true;
                     }) &&
        ReportJsonReader::readReview(v, path, "review_status", "review_reason", f, i.review);
    if (ok) out = i;
    return ok;
}

} // namespace cpc
