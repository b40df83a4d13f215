#include "edit/ObjectPatchReader.h"

#include "edit/ChangeDocumentReader.h"
#include "model/Paths.h"
#include "model/Vocabulary.h"
#include "util/Limits.h"

#include "json/ReportJsonReader.h"
#include <QJsonArray>

namespace cpc {

namespace {

using F = JsonFieldReader;
using K = FieldKind;

} // namespace

bool ObjectPatchReader::report(const OrderedJson& v, const QString& path)
{
    static const QStringList fields = F::keys({"template", "partnership", "title", "reporting_year", "period",
                                               "source_language", "prepared_by", "small_numbers"});
    if (!m_f.object(v, path, fields)) return false;
    const bool ok =
        F::ifPresent(v, "template", path,
                     [&](const OrderedJson& x, const QString& p) {
                         QString s;
                         return m_f.label(x, p, s) && m_field.set(Paths::of(K::ReportTemplate), s);
                     }) &&
        F::ifPresent(v, "partnership", path,
                     [&](const OrderedJson& x, const QString& p) {
                         return m_field.biText(x, p, K::ReportPartnership);
                     }) &&
        F::ifPresent(
            v, "title", path,
            [&](const OrderedJson& x, const QString& p) { return m_field.biText(x, p, K::ReportTitle); }) &&
        F::ifPresent(v, "reporting_year", path,
                     [&](const OrderedJson& x, const QString& p) {
                         int year = 0;
                         return m_f.integer(x, p, 1, Limits::kMaxYear, year) &&
                                m_field.set(Paths::of(K::ReportYear), year);
                     }) &&
        F::ifPresent(v, "source_language", path,
                     [&](const OrderedJson& x, const QString& p) {
                         return m_field.oneOf(x, p, Paths::of(K::ReportSourceLanguage),
                                              Vocabulary::languages());
                     }) &&
        F::ifPresent(v, "prepared_by", path,
                     [&](const OrderedJson& x, const QString& p) {
                         QString id;
                         if (!m_f.label(x, p, id)) return false;
                         if (!m_context.entity(id))
                             return m_f.fail(p, ChangeDocumentReader::tr("unknown entity '%1'").arg(id));
                         return m_field.set(Paths::of(K::ReportPreparedBy), id);
                     }) &&
        F::ifPresent(v, "small_numbers", path, [&](const OrderedJson& x, const QString& p) {
            return m_f.object(x, p, F::keys({"enabled", "threshold"})) &&
                   F::ifPresent(x, "enabled", p,
                                [&](const OrderedJson& e, const QString& ep) {
                                    return m_field.flag(e, ep, Paths::of(K::ReportSmallNumbersEnabled),
                                                        false);
                                }) &&
                   F::ifPresent(x, "threshold", p, [&](const OrderedJson& t, const QString& tp) {
                       int n = 0;
                       return m_f.integer(t, tp, 0, Limits::kMaxSmallNumberThreshold, n) &&
                              m_field.set(Paths::of(K::ReportSmallNumbersThreshold), n);
                   });
        });
    return ok && F::ifPresent(v, "period", path,
                              [&](const OrderedJson& x, const QString& p) { return period(x, p); });
}

bool ObjectPatchReader::period(const OrderedJson& period, const QString& pp)
{
    QString start = m_context.info.periodStart, end = m_context.info.periodEnd;
    if (!m_f.object(period, pp, F::keys({"start", "end"})) ||
        !F::ifPresent(period, "start", pp,
                      [&](const OrderedJson& x, const QString& p) { return m_f.date(x, p, start); }) ||
        !F::ifPresent(period, "end", pp,
                      [&](const OrderedJson& x, const QString& p) { return m_f.date(x, p, end); }))
        return false;
    if (end < start)
        return m_f.fail(
            pp, ChangeDocumentReader::tr("the period ends (%1) before it starts (%2)").arg(end, start));
    if (F::has(period, u"start")) m_field.set(Paths::of(K::ReportPeriodStart), start);
    if (F::has(period, u"end")) m_field.set(Paths::of(K::ReportPeriodEnd), end);
    return true;
}

bool ObjectPatchReader::entity(const OrderedJson& v, const QString& p, const Entity& e)
{
    return m_f.object(v, p, F::keys({"id", "remove", "kind", "acronym", "name"})) &&
           F::ifPresent(v, "kind", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return m_field.oneOf(x, xp, Paths::of(K::EntityKind, {e.id}),
                                                 Vocabulary::entityKinds());
                        }) &&
           F::ifPresent(v, "acronym", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return m_field.biText(x, xp, K::EntityAcronym, {e.id});
                        }) &&
           F::ifPresent(v, "name", p, [&](const OrderedJson& x, const QString& xp) {
               return m_field.biText(x, xp, K::EntityName, {e.id});
           });
}

bool ObjectPatchReader::section(const OrderedJson& v, const QString& p, const Section& s)
{
    const QString& kind = s.kind;
    return m_f.object(v, p,
                      F::keys({"id", "remove", "kind", "objective", "title", "body", "assigned_to", "status",
                               "return_reason", "activities"})) &&
           F::ifPresent(v, "kind", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return (x.isString() && x.toString() == kind) ||
                                   m_f.fail(xp, ChangeDocumentReader::tr(
                                                    "the kind of a section cannot be changed (it is \"%1\"); "
                                                    "remove the section and create it again")
                                                    .arg(kind));
                        }) &&
           F::ifPresent(v, "objective", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            int n = 0;
                            if (kind != QLatin1String("objective"))
                                return m_f.fail(
                                    xp, ChangeDocumentReader::tr(
                                            "only a section of kind \"objective\" has an objective number"));
                            return m_f.integer(x, xp, 1, 4, n) &&
                                   m_field.set(Paths::of(K::SectionObjective, {s.id}), n);
                        }) &&
           F::ifPresent(v, "title", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return m_field.biText(x, xp, K::SectionTitle, {s.id});
                        }) &&
           F::ifPresent(v, "body", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return m_field.biText(x, xp, K::SectionBody, {s.id});
                        }) &&
           F::ifPresent(v, "assigned_to", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return m_field.entityIds(x, xp, Paths::sectionAssignedTo(s.id));
                        }) &&
           F::ifPresent(v, "status", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return m_field.oneOf(x, xp, Paths::sectionStatus(s.id),
                                                 Vocabulary::workflowStatuses());
                        }) &&
           F::ifPresent(v, "return_reason", p, [&](const OrderedJson& x, const QString& xp) {
               return m_field.text(x, xp, Paths::sectionReturnReason(s.id), true);
           });
}

bool ObjectPatchReader::activity(const OrderedJson& v, const QString& p, const Activity& a)
{
    return m_f.object(v, p,
                      F::keys({"id", "remove", "title", "responsible", "status", "trafficking_types", "body",
                               "review_status", "review_reason"})) &&
           F::ifPresent(v, "title", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return m_field.biText(x, xp, K::ActivityTitle, {a.id});
                        }) &&
           F::ifPresent(v, "body", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return m_field.biText(x, xp, K::ActivityBody, {a.id});
                        }) &&
           F::ifPresent(v, "responsible", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return m_field.entityIds(x, xp, Paths::of(K::ActivityResponsible, {a.id}));
                        }) &&
           F::ifPresent(v, "status", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return m_field.oneOf(x, xp, Paths::of(K::ActivityStatus, {a.id}),
                                                 Vocabulary::activityStatuses());
                        }) &&
           F::ifPresent(v, "trafficking_types", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            QStringList types;
                            return m_f.labels(x, xp, Vocabulary::traffickingTypes(), types) &&
                                   m_field.set(Paths::of(K::ActivityTraffickingTypes, {a.id}),
                                               QJsonArray::fromStringList(types));
                        }) &&
           F::ifPresent(v, "review_status", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return m_field.oneOf(x, xp, Paths::activityReviewStatus(a.id),
                                                 Vocabulary::workflowStatuses());
                        }) &&
           F::ifPresent(v, "review_reason", p, [&](const OrderedJson& x, const QString& xp) {
               return m_field.text(x, xp, Paths::activityReviewReason(a.id), true);
           });
}

bool ObjectPatchReader::breakdownYear(const OrderedJson& year, const QString& yp, const FieldPath& yt)
{
    if (year.isNull()) return m_field.set(yt, QJsonValue(QJsonValue::Null));
    if (!year.isObject()) return m_f.object(year, yp, {});
    for (const OrderedJson::Member& dim : year.members()) {
        const QString dp = F::mapKey(yp, dim.first);
        QString name;
        if (!m_f.label(OrderedJson(dim.first), dp, name)) return false;
        if (dim.second.isNull()) {
            m_field.set(yt.child(name), QJsonValue(QJsonValue::Null));
            continue;
        }
        if (!dim.second.isObject()) return m_f.object(dim.second, dp, {});
        for (const OrderedJson::Member& cat : dim.second.members()) {
            const QString cp = F::mapKey(dp, cat.first);
            QString category;
            if (!m_f.label(OrderedJson(cat.first), cp, category) ||
                !m_field.number(cat.second, cp, yt.child(name).child(category), true))
                return false;
        }
    }
    return true;
}

bool ObjectPatchReader::indicator(const OrderedJson& v, const QString& p, const Indicator& ind)
{
    static const QStringList fields =
        F::keys({"id", "remove", "objective", "name", "definition", "unit", "direction", "source",
                 "responsible", "baseline", "targets", "actuals", "disaggregation", "variance_explanation",
                 "key", "cumulative", "sensitive", "review_status", "review_reason"});
    const QString& id = ind.id;
    // Per-year maps: each year present is one change; null clears that year.
    auto perYear = [&](const OrderedJson& map, const QString& mp, auto&& each) {
        if (!map.isObject()) return m_f.object(map, mp, {});
        for (const OrderedJson::Member& m : map.members()) {
            int year = 0;
            if (!m_f.year(m.first, mp, year) || !each(m.second, F::mapKey(mp, m.first), m.first))
                return false;
        }
        return true;
    };
    auto numbers = [&](const OrderedJson& x, const QString& xp, K kind) {
        return perYear(x, xp, [&](const OrderedJson& n, const QString& np, const QString& year) {
            return m_field.number(n, np, Paths::of(kind, {id, year}), true);
        });
    };
    auto flag = [&](const char* key, K kind, bool nullable) {
        return F::ifPresent(v, key, p, [&](const OrderedJson& x, const QString& xp) {
            return m_field.flag(x, xp, Paths::of(kind, {id}), nullable);
        });
    };
    auto choice = [&](const char* key, K kind) {
        return F::ifPresent(v, key, p, [&](const OrderedJson& x, const QString& xp) {
            return m_field.oneOf(x, xp, Paths::of(kind, {id}), FieldSchema::spec(kind).vocabulary());
        });
    };
    auto bilingual = [&](const char* key, K kind) {
        return F::ifPresent(v, key, p, [&](const OrderedJson& x, const QString& xp) {
            return m_field.biText(x, xp, kind, {id});
        });
    };
    return m_f.object(v, p, fields) &&
           F::ifPresent(v, "objective", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            int n = 0;
                            return m_f.integer(x, xp, 1, 4, n) &&
                                   m_field.set(Paths::of(K::IndicatorObjective, {id}), n);
                        }) &&
           bilingual("name", K::IndicatorName) && bilingual("definition", K::IndicatorDefinition) &&
           bilingual("source", K::IndicatorSource) && choice("unit", K::IndicatorUnit) &&
           choice("direction", K::IndicatorDirection) &&
           F::ifPresent(v, "responsible", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return m_field.entityIds(x, xp, Paths::of(K::IndicatorResponsible, {id}));
                        }) &&
           F::ifPresent(
               v, "baseline", p,
               [&](const OrderedJson& x, const QString& xp) {
                   return m_f.object(x, xp, F::keys({"value", "period"})) &&
                          F::ifPresent(x, "value", xp,
                                       [&](const OrderedJson& n, const QString& np) {
                                           return m_field.number(
                                               n, np, Paths::of(K::IndicatorBaselineValue, {id}), true);
                                       }) &&
                          F::ifPresent(x, "period", xp, [&](const OrderedJson& t, const QString& tp) {
                              return m_field.text(t, tp, Paths::of(K::IndicatorBaselinePeriod, {id}), true);
                          });
               }) &&
           F::ifPresent(
               v, "targets", p,
               [&](const OrderedJson& x, const QString& xp) { return numbers(x, xp, K::IndicatorTarget); }) &&
           F::ifPresent(
               v, "actuals", p,
               [&](const OrderedJson& x, const QString& xp) { return numbers(x, xp, K::IndicatorActual); }) &&
           F::ifPresent(
               v, "disaggregation", p,
               [&](const OrderedJson& x, const QString& xp) {
                   return perYear(x, xp, [&](const OrderedJson& y, const QString& yp, const QString& year) {
                       return breakdownYear(y, yp, Paths::of(K::IndicatorBreakdownYear, {id, year}));
                   });
               }) &&
           F::ifPresent(v, "variance_explanation", p,
                        [&](const OrderedJson& x, const QString& xp) {
                            return perYear(
                                x, xp, [&](const OrderedJson& t, const QString& tp, const QString& year) {
                                    return m_field.biText(t, tp, K::IndicatorVarianceExplanation, {id, year});
                                });
                        }) &&
           flag("key", K::IndicatorKey, false) && flag("cumulative", K::IndicatorCumulative, false) &&
           flag("sensitive", K::IndicatorSensitive, true) &&
           choice("review_status", K::IndicatorReviewStatus) &&
           F::ifPresent(v, "review_reason", p, [&](const OrderedJson& x, const QString& xp) {
               return m_field.text(x, xp, Paths::indicatorReviewReason(id), true);
           });
}

bool ObjectPatchReader::glossaryEntry(const OrderedJson& v, const QString& p, const GlossaryEntry& g)
{
    const QString& english = g.term.en();
    // The English term names the entry, so only its Spanish side (or a confirmation) can change here.
    const OrderedJson termPatch = F::at(v, u"term").without(QLatin1StringView("en"));
    return m_f.object(v, p, F::keys({"term", "definition", "remove"})) &&
           m_field.biText(termPatch, F::member(p, QStringLiteral("term")), K::GlossaryTerm, {english}) &&
           F::ifPresent(v, "definition", p, [&](const OrderedJson& x, const QString& xp) {
               return m_field.biText(x, xp, K::GlossaryDefinition, {english});
           });
}

} // namespace cpc
