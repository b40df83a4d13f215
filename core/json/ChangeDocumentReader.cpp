#include "json/ChangeDocumentReader.h"

#include "edit/CreationChanges.h"
#include "json/BreakdownLabelsJson.h"
#include "json/IndicatorJsonReader.h"
#include "json/JsonTextReader.h"
#include "json/OrderedJson.h"
#include "json/ReportJsonReader.h"
#include "json/ReportJsonWriter.h"
#include "model/Vocabulary.h"
#include "util/Limits.h"

#include <QJsonArray>
#include <QSet>

namespace cpc {

namespace {

using F = JsonFieldReader;

QString k(const char* key) { return QString::fromLatin1(key); }

QStringList keys(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* key : list) out << QString::fromLatin1(key);
    return out;
}

// The object without its "remove" member, as it is created.
OrderedJson withoutRemove(const OrderedJson& v)
{
    OrderedJson o = OrderedJson::object();
    for (const OrderedJson::Member& m : v.members())
        if (m.first != QLatin1String("remove")) o.insert(m.first, m.second);
    return o;
}

const QStringList& languages()
{
    static const QStringList l{QStringLiteral("en"), QStringLiteral("es")};
    return l;
}

} // namespace

Result<QList<FieldChange>> ChangeDocumentReader::read(const QByteArray& bytes, const Report& current, const QString& fileName)
{
    Result<OrderedJson> parsed = JsonTextReader::parse(bytes, fileName);
    if (!parsed) return parsed.error();
    ChangeDocumentReader reader(current, fileName);
    if (!reader.document(parsed.value())) return reader.m_f.error();
    return reader.m_changes;
}

bool ChangeDocumentReader::document(const OrderedJson& root)
{
    if (!root.isObject()) return m_f.fail(QString(), tr("expected a change document: an object {...} in the shape of cpcreport-json/1"));
    if (!ReportJsonReader::checkFormat(root, false, m_f)) return false;
    if (!m_f.object(root, QString(), keys({"format", "report", "entities", "sections", "indicators", "glossary", "breakdown_labels", "comments"})))
        return false;
    // Entities first, so that the rest may refer to entities the same document creates.
    return F::ifPresent(root, "entities", QString(), [&](const OrderedJson& v, const QString& p) { return entities(v, p); })
        && F::ifPresent(root, "report", QString(), [&](const OrderedJson& v, const QString& p) { return report(v, p); })
        && F::ifPresent(root, "sections", QString(), [&](const OrderedJson& v, const QString& p) { return sections(v, p); })
        && F::ifPresent(root, "indicators", QString(), [&](const OrderedJson& v, const QString& p) { return indicators(v, p); })
        && F::ifPresent(root, "glossary", QString(), [&](const OrderedJson& v, const QString& p) { return glossary(v, p); })
        && F::ifPresent(root, "breakdown_labels", QString(),
                        [&](const OrderedJson& v, const QString& p) { return BreakdownLabelsJson::patch(v, p, m_f, m_changes); })
        && F::ifPresent(root, "comments", QString(), [&](const OrderedJson& v, const QString& p) { return comments(v, p); });
}

bool ChangeDocumentReader::set(const FieldPath& target, const QJsonValue& value)
{
    m_changes.append(FieldChange{target, value, false});
    return true;
}

bool ChangeDocumentReader::text(const OrderedJson& v, const QString& path, const FieldPath& target)
{
    if (!m_f.object(v, path, keys({"en", "es", "confirm"}))) return false;
    for (const QString& lang : languages())
        if (F::has(v, lang) && !setText(F::at(v, lang), F::member(path, lang), target.child(lang), true)) return false;
    return F::ifPresent(v, "confirm", path, [&](const OrderedJson& c, const QString& p) {
        QStringList sides;
        if (!m_f.labels(c, p, languages(), sides)) return false;
        for (const QString& side : sides) m_changes.append(FieldChange{target.child(side), QJsonValue(), true});
        return true;
    });
}

bool ChangeDocumentReader::setText(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable)
{
    if (nullable && v.isNull()) return set(target, QJsonValue(QJsonValue::Null));
    QString s;
    return m_f.text(v, path, s) && set(target, s);
}

bool ChangeDocumentReader::setOneOf(const OrderedJson& v, const QString& path, const FieldPath& target, const QStringList& allowed)
{
    QString s;
    return m_f.oneOf(v, path, allowed, s) && set(target, s);
}

bool ChangeDocumentReader::setFlag(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable)
{
    if (nullable && v.isNull()) return set(target, QJsonValue(QJsonValue::Null));
    bool b = false;
    return m_f.flag(v, path, b) && set(target, b);
}

bool ChangeDocumentReader::setNumber(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable)
{
    std::optional<double> n;
    if (!m_f.number(v, path, n, nullable)) return false;
    return set(target, n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null));
}

bool ChangeDocumentReader::setEntityIds(const OrderedJson& v, const QString& path, const FieldPath& target)
{
    QStringList ids;
    if (!ReportJsonReader::readEntityIds(v, path, m_context, m_f, ids)) return false;
    return set(target, QJsonArray::fromStringList(ids));
}

bool ChangeDocumentReader::listItem(const OrderedJson& v, const QString& path, const char* idField, QString& id, bool& remove)
{
    if (!v.isObject()) return m_f.object(v, path, {});
    const QString idPath = F::member(path, k(idField));
    if (!F::has(v, QLatin1String(idField)))
        return m_f.fail(idPath, tr("the required field '%1' is missing; it says which object to change").arg(k(idField)));
    if (!m_f.label(F::at(v, QLatin1String(idField)), idPath, id)) return false;
    remove = false;
    if (!F::ifPresent(v, "remove", path, [&](const OrderedJson& r, const QString& p) { return m_f.flag(r, p, remove); }))
        return false;
    if (remove && v.members().size() > 2)
        return m_f.fail(path, tr("an object to remove gives only its '%1' and \"remove\": true").arg(k(idField)));
    return true;
}

bool ChangeDocumentReader::report(const OrderedJson& v, const QString& path)
{
    static const QStringList fields = keys({"template", "partnership", "title", "reporting_year", "period",
                                            "source_language", "prepared_by", "small_numbers"});
    if (!m_f.object(v, path, fields)) return false;
    const FieldPath base{QStringLiteral("report")};
    auto at = [&](const char* key) { return F::member(path, k(key)); };
    ReportInfo& info = m_context.info;
    bool ok = F::ifPresent(v, "template", path, [&](const OrderedJson& x, const QString& p) {
                  QString s;
                  return m_f.label(x, p, s) && set(base.child(k("template")), s);
              })
        && F::ifPresent(v, "partnership", path, [&](const OrderedJson& x, const QString& p) { return text(x, p, base.child(k("partnership"))); })
        && F::ifPresent(v, "title", path, [&](const OrderedJson& x, const QString& p) { return text(x, p, base.child(k("title"))); })
        && F::ifPresent(v, "reporting_year", path, [&](const OrderedJson& x, const QString& p) {
               int year = 0;
               return m_f.integer(x, p, 1, Limits::kMaxYear, year) && set(base.child(k("reporting_year")), year);
           })
        && F::ifPresent(v, "source_language", path,
                        [&](const OrderedJson& x, const QString& p) { return setOneOf(x, p, base.child(k("source_language")), languages()); })
        && F::ifPresent(v, "prepared_by", path, [&](const OrderedJson& x, const QString& p) {
               QString id;
               if (!m_f.label(x, p, id)) return false;
               if (!m_context.entity(id)) return m_f.fail(p, tr("unknown entity '%1'").arg(id));
               return set(base.child(k("prepared_by")), id);
           })
        && F::ifPresent(v, "small_numbers", path, [&](const OrderedJson& x, const QString& p) {
               const FieldPath sn = base.child(k("small_numbers"));
               return m_f.object(x, p, keys({"enabled", "threshold"}))
                   && F::ifPresent(x, "enabled", p, [&](const OrderedJson& e, const QString& ep) { return setFlag(e, ep, sn.child(k("enabled")), false); })
                   && F::ifPresent(x, "threshold", p, [&](const OrderedJson& t, const QString& tp) {
                          int n = 0;
                          return m_f.integer(t, tp, 0, Limits::kMaxSmallNumberThreshold, n) && set(sn.child(k("threshold")), n);
                      });
           });
    if (!ok || !F::has(v, u"period")) return ok;
    const OrderedJson& period = F::at(v, u"period");
    const QString pp = at("period");
    QString start = info.periodStart, end = info.periodEnd;
    if (!m_f.object(period, pp, keys({"start", "end"}))
        || !F::ifPresent(period, "start", pp, [&](const OrderedJson& x, const QString& p) { return m_f.date(x, p, start); })
        || !F::ifPresent(period, "end", pp, [&](const OrderedJson& x, const QString& p) { return m_f.date(x, p, end); }))
        return false;
    if (end < start) return m_f.fail(pp, tr("the period ends (%1) before it starts (%2)").arg(end, start));
    if (F::has(period, u"start")) set(FieldPath{k("report"), k("period"), k("start")}, start);
    if (F::has(period, u"end")) set(FieldPath{k("report"), k("period"), k("end")}, end);
    return true;
}

bool ChangeDocumentReader::entities(const OrderedJson& list, const QString& path)
{
    if (!m_f.array(list, path)) return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        const OrderedJson& v = list.elements()[i];
        const QString p = F::index(path, i);
        QString id;
        bool remove = false;
        if (!listItem(v, p, "id", id, remove)) return false;
        if (seen.contains(id)) return m_f.fail(F::member(p, k("id")), tr("the entity '%1' appears twice in this document").arg(id));
        seen.insert(id);
        const FieldPath target{k("entities"), id};
        const Entity* existing = m_context.entity(id);
        if (remove) {
            if (!existing) return m_f.fail(F::member(p, k("id")), tr("there is no entity '%1' to remove").arg(id));
            set(target, QJsonValue(QJsonValue::Null));
            continue;
        }
        if (!existing) {
            Entity e;
            const OrderedJson created = withoutRemove(v);
            if (!ReportJsonReader::readEntity(created, p, m_f, e)) return false;
            m_context.entities.append(e);
            m_changes.append(CreationChanges::entity(e));
            continue;
        }
        const bool ok = m_f.object(v, p, keys({"id", "remove", "kind", "acronym", "name"}))
            && F::ifPresent(v, "kind", p, [&](const OrderedJson& x, const QString& xp) { return setOneOf(x, xp, target.child(k("kind")), Vocabulary::entityKinds()); })
            && F::ifPresent(v, "acronym", p, [&](const OrderedJson& x, const QString& xp) { return text(x, xp, target.child(k("acronym"))); })
            && F::ifPresent(v, "name", p, [&](const OrderedJson& x, const QString& xp) { return text(x, xp, target.child(k("name"))); });
        if (!ok) return false;
    }
    return true;
}

bool ChangeDocumentReader::sections(const OrderedJson& list, const QString& path)
{
    if (!m_f.array(list, path)) return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        const OrderedJson& v = list.elements()[i];
        const QString p = F::index(path, i);
        QString id;
        bool remove = false;
        if (!listItem(v, p, "id", id, remove)) return false;
        if (seen.contains(id)) return m_f.fail(F::member(p, k("id")), tr("the section '%1' appears twice in this document").arg(id));
        seen.insert(id);
        const FieldPath target{k("sections"), id};
        const Section* existing = m_context.section(id);
        if (remove) {
            if (!existing) return m_f.fail(F::member(p, k("id")), tr("there is no section '%1' to remove").arg(id));
            set(target, QJsonValue(QJsonValue::Null));
            continue;
        }
        if (!existing) {
            Section s;
            const OrderedJson created = withoutRemove(v);
            if (!ReportJsonReader::readSection(created, p, m_context, m_f, s)) return false;
            for (qsizetype a = 0; a < s.activities.size(); ++a)
                if (m_context.activity(s.activities[a].id))
                    return m_f.fail(F::member(F::index(F::member(p, k("activities")), a), k("id")),
                                    tr("there is already an activity '%1'").arg(s.activities[a].id));
            m_context.sections.append(s);
            m_changes.append(CreationChanges::section(s));
            continue;
        }
        const QString kind = existing->kind;
        const bool ok = m_f.object(v, p, keys({"id", "remove", "kind", "objective", "title", "body", "assigned_to", "status", "return_reason", "activities"}))
            && F::ifPresent(v, "kind", p, [&](const OrderedJson& x, const QString& xp) {
                   return (x.isString() && x.toString() == kind)
                       || m_f.fail(xp, tr("the kind of a section cannot be changed (it is \"%1\"); remove the section and create it again").arg(kind));
               })
            && F::ifPresent(v, "objective", p, [&](const OrderedJson& x, const QString& xp) {
                   int n = 0;
                   if (kind != QLatin1String("objective")) return m_f.fail(xp, tr("only a section of kind \"objective\" has an objective number"));
                   return m_f.integer(x, xp, 1, 4, n) && set(target.child(k("objective")), n);
               })
            && F::ifPresent(v, "title", p, [&](const OrderedJson& x, const QString& xp) { return text(x, xp, target.child(k("title"))); })
            && F::ifPresent(v, "body", p, [&](const OrderedJson& x, const QString& xp) { return text(x, xp, target.child(k("body"))); })
            && F::ifPresent(v, "assigned_to", p, [&](const OrderedJson& x, const QString& xp) { return setEntityIds(x, xp, target.child(k("assigned_to"))); })
            && F::ifPresent(v, "status", p, [&](const OrderedJson& x, const QString& xp) { return setOneOf(x, xp, target.child(k("status")), Vocabulary::workflowStatuses()); })
            && F::ifPresent(v, "return_reason", p, [&](const OrderedJson& x, const QString& xp) { return setText(x, xp, target.child(k("return_reason")), true); })
            && F::ifPresent(v, "activities", p, [&](const OrderedJson& x, const QString& xp) {
                   if (kind != QLatin1String("objective")) return m_f.fail(xp, tr("only a section of kind \"objective\" has activities"));
                   return activities(x, xp, id);
               });
        if (!ok) return false;
    }
    return true;
}

bool ChangeDocumentReader::activities(const OrderedJson& list, const QString& path, const QString& sectionId)
{
    if (!m_f.array(list, path)) return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        const OrderedJson& v = list.elements()[i];
        const QString p = F::index(path, i);
        const QString idPath = F::member(p, k("id"));
        QString id;
        bool remove = false;
        if (!listItem(v, p, "id", id, remove)) return false;
        if (seen.contains(id)) return m_f.fail(idPath, tr("the activity '%1' appears twice in this section").arg(id));
        seen.insert(id);
        const Section* owner = nullptr;
        const Activity* existing = m_context.activity(id, &owner);
        if (existing && owner->id != sectionId)
            return m_f.fail(idPath, tr("the activity '%1' belongs to the section '%2'").arg(id, owner->id));
        const FieldPath inSection{k("sections"), sectionId, k("activities"), id};
        if (remove) {
            if (!existing) return m_f.fail(idPath, tr("there is no activity '%1' to remove").arg(id));
            set(inSection, QJsonValue(QJsonValue::Null));
            continue;
        }
        if (!existing) {
            Activity a;
            const OrderedJson created = withoutRemove(v);
            if (!ReportJsonReader::readActivity(created, p, m_context, m_f, a)) return false;
            m_context.section(sectionId)->activities.append(a);
            m_changes.append(CreationChanges::activity(sectionId, a));
            continue;
        }
        const FieldPath target{k("activities"), id};
        const bool ok = m_f.object(v, p, keys({"id", "remove", "title", "responsible", "status", "trafficking_types", "body", "review_status", "review_reason"}))
            && F::ifPresent(v, "title", p, [&](const OrderedJson& x, const QString& xp) { return text(x, xp, target.child(k("title"))); })
            && F::ifPresent(v, "body", p, [&](const OrderedJson& x, const QString& xp) { return text(x, xp, target.child(k("body"))); })
            && F::ifPresent(v, "responsible", p, [&](const OrderedJson& x, const QString& xp) { return setEntityIds(x, xp, target.child(k("responsible"))); })
            && F::ifPresent(v, "status", p, [&](const OrderedJson& x, const QString& xp) { return setOneOf(x, xp, target.child(k("status")), Vocabulary::activityStatuses()); })
            && F::ifPresent(v, "trafficking_types", p, [&](const OrderedJson& x, const QString& xp) {
                   QStringList types;
                   return m_f.labels(x, xp, Vocabulary::traffickingTypes(), types) && set(target.child(k("trafficking_types")), QJsonArray::fromStringList(types));
               })
            && F::ifPresent(v, "review_status", p, [&](const OrderedJson& x, const QString& xp) { return setOneOf(x, xp, target.child(k("review_status")), Vocabulary::workflowStatuses()); })
            && F::ifPresent(v, "review_reason", p, [&](const OrderedJson& x, const QString& xp) { return setText(x, xp, target.child(k("review_reason")), true); });
        if (!ok) return false;
    }
    return true;
}

bool ChangeDocumentReader::indicators(const OrderedJson& list, const QString& path)
{
    if (!m_f.array(list, path)) return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        const OrderedJson& v = list.elements()[i];
        const QString p = F::index(path, i);
        QString id;
        bool remove = false;
        if (!listItem(v, p, "id", id, remove)) return false;
        if (seen.contains(id)) return m_f.fail(F::member(p, k("id")), tr("the indicator '%1' appears twice in this document").arg(id));
        seen.insert(id);
        const FieldPath target{k("indicators"), id};
        const Indicator* existing = m_context.indicator(id);
        if (remove) {
            if (!existing) return m_f.fail(F::member(p, k("id")), tr("there is no indicator '%1' to remove").arg(id));
            set(target, QJsonValue(QJsonValue::Null));
            continue;
        }
        if (!existing) {
            Indicator ind;
            const OrderedJson created = withoutRemove(v);
            if (!ReportJsonReader::readIndicator(created, p, m_context, m_f, ind)) return false;
            m_context.indicators.append(ind);
            m_changes.append(CreationChanges::indicator(ind));
            continue;
        }
        if (!indicatorFields(v, p, target)) return false;
    }
    return true;
}

bool ChangeDocumentReader::indicatorFields(const OrderedJson& v, const QString& p, const FieldPath& target)
{
    static const QStringList fields = keys({"id", "remove", "objective", "name", "definition", "unit", "direction", "source", "responsible",
                                            "baseline", "targets", "actuals", "disaggregation", "variance_explanation", "key",
                                            "cumulative", "sensitive", "review_status", "review_reason"});
    // Per-year maps: each year present is one change; null clears that year.
    auto perYear = [&](const OrderedJson& map, const QString& mp, const FieldPath& base, auto&& each) {
        if (!map.isObject()) return m_f.object(map, mp, {});
        for (const OrderedJson::Member& m : map.members()) {
            int year = 0;
            if (!m_f.year(m.first, mp, year) || !each(m.second, F::mapKey(mp, m.first), base.child(m.first))) return false;
        }
        return true;
    };
    auto numbers = [&](const OrderedJson& x, const QString& xp, const FieldPath& base) {
        return perYear(x, xp, base, [&](const OrderedJson& n, const QString& np, const FieldPath& t) { return setNumber(n, np, t, true); });
    };
    auto breakdown = [&](const OrderedJson& year, const QString& yp, const FieldPath& yt) {
        if (year.isNull()) return set(yt, QJsonValue(QJsonValue::Null));
        if (!year.isObject()) return m_f.object(year, yp, {});
        for (const OrderedJson::Member& dim : year.members()) {
            const QString dp = F::mapKey(yp, dim.first);
            QString name;
            if (!m_f.label(OrderedJson(dim.first), dp, name)) return false;
            if (dim.second.isNull()) {
                set(yt.child(name), QJsonValue(QJsonValue::Null));
                continue;
            }
            if (!dim.second.isObject()) return m_f.object(dim.second, dp, {});
            for (const OrderedJson::Member& cat : dim.second.members()) {
                const QString cp = F::mapKey(dp, cat.first);
                QString category;
                if (!m_f.label(OrderedJson(cat.first), cp, category) || !setNumber(cat.second, cp, yt.child(name).child(category), true)) return false;
            }
        }
        return true;
    };
    return m_f.object(v, p, fields)
        && F::ifPresent(v, "objective", p, [&](const OrderedJson& x, const QString& xp) {
               int n = 0;
               return m_f.integer(x, xp, 1, 4, n) && set(target.child(k("objective")), n);
           })
        && F::ifPresent(v, "name", p, [&](const OrderedJson& x, const QString& xp) { return text(x, xp, target.child(k("name"))); })
        && F::ifPresent(v, "definition", p, [&](const OrderedJson& x, const QString& xp) { return text(x, xp, target.child(k("definition"))); })
        && F::ifPresent(v, "source", p, [&](const OrderedJson& x, const QString& xp) { return text(x, xp, target.child(k("source"))); })
        && F::ifPresent(v, "unit", p, [&](const OrderedJson& x, const QString& xp) { return setOneOf(x, xp, target.child(k("unit")), Vocabulary::units()); })
        && F::ifPresent(v, "direction", p, [&](const OrderedJson& x, const QString& xp) { return setOneOf(x, xp, target.child(k("direction")), Vocabulary::directions()); })
        && F::ifPresent(v, "responsible", p, [&](const OrderedJson& x, const QString& xp) { return setEntityIds(x, xp, target.child(k("responsible"))); })
        && F::ifPresent(v, "baseline", p, [&](const OrderedJson& x, const QString& xp) {
               const FieldPath b = target.child(k("baseline"));
               return m_f.object(x, xp, keys({"value", "period"}))
                   && F::ifPresent(x, "value", xp, [&](const OrderedJson& n, const QString& np) { return setNumber(n, np, b.child(k("value")), true); })
                   && F::ifPresent(x, "period", xp, [&](const OrderedJson& t, const QString& tp) { return setText(t, tp, b.child(k("period")), true); });
           })
        && F::ifPresent(v, "targets", p, [&](const OrderedJson& x, const QString& xp) { return numbers(x, xp, target.child(k("targets"))); })
        && F::ifPresent(v, "actuals", p, [&](const OrderedJson& x, const QString& xp) { return numbers(x, xp, target.child(k("actuals"))); })
        && F::ifPresent(v, "disaggregation", p, [&](const OrderedJson& x, const QString& xp) { return perYear(x, xp, target.child(k("disaggregation")), breakdown); })
        && F::ifPresent(v, "variance_explanation", p, [&](const OrderedJson& x, const QString& xp) {
               return perYear(x, xp, target.child(k("variance_explanation")),
                              [&](const OrderedJson& t, const QString& tp, const FieldPath& tt) { return text(t, tp, tt); });
           })
        && F::ifPresent(v, "key", p, [&](const OrderedJson& x, const QString& xp) { return setFlag(x, xp, target.child(k("key")), false); })
        && F::ifPresent(v, "cumulative", p, [&](const OrderedJson& x, const QString& xp) { return setFlag(x, xp, target.child(k("cumulative")), false); })
        && F::ifPresent(v, "sensitive", p, [&](const OrderedJson& x, const QString& xp) { return setFlag(x, xp, target.child(k("sensitive")), true); })
        && F::ifPresent(v, "review_status", p, [&](const OrderedJson& x, const QString& xp) { return setOneOf(x, xp, target.child(k("review_status")), Vocabulary::workflowStatuses()); })
        && F::ifPresent(v, "review_reason", p, [&](const OrderedJson& x, const QString& xp) { return setText(x, xp, target.child(k("review_reason")), true); });
}

bool ChangeDocumentReader::glossary(const OrderedJson& list, const QString& path)
{
    if (!m_f.array(list, path)) return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        const OrderedJson& v = list.elements()[i];
        const QString p = F::index(path, i);
        const QString termPath = F::member(F::member(p, k("term")), k("en"));
        bool remove = false;
        if (!v.isObject()) return m_f.object(v, p, {});
        if (!F::ifPresent(v, "remove", p, [&](const OrderedJson& r, const QString& rp) { return m_f.flag(r, rp, remove); })) return false;
        const OrderedJson& term = F::at(v, u"term");
        QString english;
        if (!term.isObject() || !F::has(term, u"en"))
            return m_f.fail(termPath, tr("a glossary entry is matched by its English term: give \"term\": {\"en\": ...}"));
        if (!m_f.label(F::at(term, u"en"), termPath, english)) return false;
        if (seen.contains(english)) return m_f.fail(termPath, tr("the term '%1' appears twice in this document").arg(english));
        seen.insert(english);
        const FieldPath target{k("glossary"), english};
        const bool exists = m_context.glossaryIndex(english) >= 0;
        if (remove) {
            if (!exists) return m_f.fail(termPath, tr("there is no glossary term '%1' to remove").arg(english));
            if (v.members().size() > 2 || term.members().size() > 1)
                return m_f.fail(p, tr("an entry to remove gives only its English term and \"remove\": true"));
            set(target, QJsonValue(QJsonValue::Null));
            continue;
        }
        if (!exists) {
            GlossaryEntry g;
            const OrderedJson created = withoutRemove(v);
            if (!ReportJsonReader::readGlossaryEntry(created, p, m_f, g)) return false;
            m_context.glossary.append(g);
            m_changes.append(CreationChanges::glossaryEntry(g));
            continue;
        }
        // The English term names the entry, so only its Spanish side (or a confirmation) can change here.
        OrderedJson termPatch = OrderedJson::object();
        for (const OrderedJson::Member& m : term.members())
            if (m.first != QLatin1String("en")) termPatch.insert(m.first, m.second);
        const bool ok = m_f.object(v, p, keys({"term", "definition", "remove"}))
            && text(termPatch, F::member(p, k("term")), target.child(k("term")))
            && F::ifPresent(v, "definition", p, [&](const OrderedJson& x, const QString& xp) { return text(x, xp, target.child(k("definition"))); });
        if (!ok) return false;
    }
    return true;
}

bool ChangeDocumentReader::comments(const OrderedJson& list, const QString& path)
{
    if (!m_f.array(list, path)) return false;
    if (list.elements().isEmpty()) return true;
    QList<Comment> all = m_context.comments;
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        Comment c;
        if (!ReportJsonReader::readComment(list.elements()[i], F::index(path, i), m_context, m_f, c)) return false;
        auto same = std::find_if(all.begin(), all.end(), [&](const Comment& x) {
            return x.targetKind == c.targetKind && x.target == c.target && x.author == c.author && x.at == c.at && x.text == c.text;
        });
        if (same != all.end()) same->resolved = c.resolved;
        else all.append(c);
    }
    if (all.size() > Limits::kMaxListLength) return m_f.fail(path, tr("the report would have more than %1 comments").arg(Limits::kMaxListLength));
    QJsonArray array;
    for (const Comment& c : all) array.append(ReportJsonWriter::toJson(c));
    m_context.comments = all;
    return set(FieldPath{k("comments")}, array);
}

} // namespace cpc
