#include "json/ReportJsonReader.h"

#include "model/Vocabulary.h"
#include "util/Limits.h"

#include "json/BreakdownLabelsJson.h"
#include "json/IndicatorJsonReader.h"
#include "json/JsonFieldReader.h"
#include "json/JsonTextReader.h"
#include "json/OrderedJson.h"
#include "json/SectionJsonReader.h"
#include <QSet>

namespace cpc {

namespace {

using F = JsonFieldReader;

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

// Reads an array's elements with `read` into `out`, refusing an element whose id (`idOf`, found under the
// members `idAt` of the element) an earlier one has: `twice` says so, with the id.
template <typename T, typename Read, typename IdOf>
bool uniqueList(const OrderedJson& list, const QString& path, F& f, QList<T>& out, Read read, IdOf idOf,
                const QStringList& idAt, const QString& twice)
{
    if (!f.array(list, path)) return false;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        T x;
        QString p = F::index(path, i);
        if (!read(list.elements()[i], p, x)) return false;
        for (const QString& member : idAt)
            p = F::member(p, member);
        if (ids.contains(idOf(x))) return f.fail(p, twice.arg(idOf(x)));
        ids.insert(idOf(x));
        out.append(std::move(x));
    }
    return true;
}

// One of the ordered readers on a Qt JSON value, as edits bring it.
template <typename T, typename Read> Result<T> fromQJson(const QJsonValue& v, Read read)
{
    F f;
    T out;
    if (!read(OrderedJson::fromQJson(v), f, out)) return f.error();
    return out;
}

} // namespace

QString ReportJsonReader::formatId()
{
    return QStringLiteral("cpcreport-json/1");
}

bool ReportJsonReader::checkFormat(const OrderedJson& root, bool required, JsonFieldReader& f)
{
    const QString path = QStringLiteral("format");
    const OrderedJson* v = root.find(path);
    if (!v)
        return !required ||
               f.fail(path, tr("the required field 'format' is missing; expected \"%1\"").arg(formatId()));
    if (v->isString() && v->toString() == formatId()) return true;
    const QString s = v->toString();
    if (s.startsWith(QLatin1String("cpcreport-json/"))) {
        bool ok = false;
        const int version = s.mid(15).toInt(&ok);
        if (ok && version > 1)
            return f.fail(
                path, tr("this document is in format %1, written by a newer version of CPC Report Studio; "
                         "this version reads %2. Update the program to open it")
                          .arg(s, formatId()));
    }
    return f.fail(path, tr("expected \"%1\"; this is not a CPC Report Studio document").arg(formatId()));
}

Result<Report> ReportJsonReader::read(const QByteArray& bytes, const QString& fileName)
{
    Result<OrderedJson> parsed = JsonTextReader::parse(bytes, fileName);
    if (!parsed) return parsed.error();
    const OrderedJson& root = parsed.value();
    F f(fileName);
    if (!root.isObject())
        return Error{tr("expected a cpcreport-json document: an object {...} with \"format\" and \"report\""),
                     fileName};
    if (!checkFormat(root, true, f)) return f.error();
    if (!f.object(root, QString(),
                  F::keys({"format", "report", "entities", "sections", "indicators", "glossary",
                           "breakdown_labels", "comments"}),
                  F::keys({"report"})))
        return f.error();

    Report r;
    bool ok = F::ifPresent(root, "entities", QString(), [&](const OrderedJson& list, const QString& path) {
        return readEntities(list, path, f, r.entities);
    });
    ok = ok && readInfo(*root.find(u"report"), QStringLiteral("report"), r, f, r.info);
    QSet<QString> activityIds;
    const auto section = [&](const OrderedJson& v, const QString& p, Section& s) {
        if (!SectionJsonReader::read(v, p, r, f, s)) return false;
        for (qsizetype a = 0; a < s.activities.size(); ++a) {
            const QString& aid = s.activities[a].id;
            if (activityIds.contains(aid))
                return f.fail(F::member(F::index(F::member(p, key("activities")), a), key("id")),
                              tr("there is already an activity '%1' in another section").arg(aid));
            activityIds.insert(aid);
        }
        return true;
    };
    ok = ok && F::ifPresent(root, "sections", QString(), [&](const OrderedJson& list, const QString& path) {
             return uniqueList(
                 list, path, f, r.sections, section, [](const Section& s) { return s.id; }, {key("id")},
                 tr("there is already a section '%1'"));
         });
    ok = ok && F::ifPresent(root, "indicators", QString(), [&](const OrderedJson& list, const QString& path) {
             const auto indicator = [&](const OrderedJson& v, const QString& p, Indicator& i) {
                 return IndicatorJsonReader::read(v, p, r, f, i);
             };
             return uniqueList(
                 list, path, f, r.indicators, indicator, [](const Indicator& i) { return i.id; }, {key("id")},
                 tr("there is already an indicator '%1'"));
         });
    ok = ok && F::ifPresent(root, "glossary", QString(), [&](const OrderedJson& list, const QString& path) {
             return readGlossary(list, path, f, r.glossary);
         });
    ok = ok &&
         F::ifPresent(root, "breakdown_labels", QString(), [&](const OrderedJson& v, const QString& path) {
             return BreakdownLabelsJson::read(v, path, f, r.breakdownLabels);
         });
    ok = ok && F::ifPresent(root, "comments", QString(), [&](const OrderedJson& list, const QString& path) {
             if (!f.array(list, path)) return false;
             for (qsizetype i = 0; i < list.elements().size(); ++i) {
                 Comment c;
                 if (!readComment(list.elements()[i], F::index(path, i), r, f, c)) return false;
                 r.comments.append(c);
             }
             return true;
         });
    if (!ok) return f.error();
    return r;
}

bool ReportJsonReader::readEntities(const OrderedJson& list, const QString& path, F& f, QList<Entity>& out)
{
    const auto entity = [&](const OrderedJson& v, const QString& p, Entity& e) {
        return readEntity(v, p, f, e);
    };
    return uniqueList(
        list, path, f, out, entity, [](const Entity& e) { return e.id; }, {key("id")},
        tr("there is already an entity '%1'"));
}

bool ReportJsonReader::readGlossary(const OrderedJson& list, const QString& path, F& f,
                                    QList<GlossaryEntry>& out)
{
    const auto entry = [&](const OrderedJson& v, const QString& p, GlossaryEntry& g) {
        return readGlossaryEntry(v, p, f, g);
    };
    return uniqueList(
        list, path, f, out, entry, [](const GlossaryEntry& g) { return g.term.en(); },
        {key("term"), key("en")}, tr("the glossary already has the term '%1'"));
}

bool ReportJsonReader::readInfo(const OrderedJson& v, const QString& path, const Report& context, F& f,
                                ReportInfo& out)
{
    if (!f.object(v, path,
                  F::keys({"template", "partnership", "title", "reporting_year", "period", "source_language",
                           "prepared_by", "small_numbers"}),
                  F::keys({"template", "reporting_year", "period", "source_language"})))
        return false;
    ReportInfo i;
    QString language;
    bool ok =
        f.label(F::at(v, u"template"), F::member(path, key("template")), i.templateId) &&
        F::ifPresent(v, "partnership", path,
                     [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, i.partnership); }) &&
        F::ifPresent(v, "title", path,
                     [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, i.title); }) &&
        f.integer(F::at(v, u"reporting_year"), F::member(path, key("reporting_year")), 1, Limits::kMaxYear,
                  i.reportingYear) &&
        f.oneOf(F::at(v, u"source_language"), F::member(path, key("source_language")),
                Vocabulary::languages(), language);
    if (!ok) return false;
    i.sourceLanguage = *languageFromCode(language);

    const QString pp = F::member(path, key("period"));
    const OrderedJson& period = F::at(v, u"period");
    if (!f.object(period, pp, F::keys({"start", "end"}), F::keys({"start", "end"})) ||
        !f.date(F::at(period, u"start"), F::member(pp, key("start")), i.periodStart) ||
        !f.date(F::at(period, u"end"), F::member(pp, key("end")), i.periodEnd))
        return false;
    if (i.periodEnd < i.periodStart) // ISO dates compare as text
        return f.fail(F::member(pp, key("end")),
                      tr("the period ends (%1) before it starts (%2)").arg(i.periodEnd, i.periodStart));

    ok = F::ifPresent(v, "prepared_by", path, [&](const OrderedJson& x, const QString& p) {
        if (!f.label(x, p, i.preparedBy)) return false;
        return context.entity(i.preparedBy) != nullptr ||
               f.fail(
                   p,
                   tr("unknown entity '%1'; expected the id of one of the \"entities\"").arg(i.preparedBy));
    });
    ok =
        ok && F::ifPresent(v, "small_numbers", path, [&](const OrderedJson& x, const QString& p) {
            return f.object(x, p, F::keys({"enabled", "threshold"})) &&
                   F::ifPresent(x, "enabled", p,
                                [&](const OrderedJson& e, const QString& ep) {
                                    return f.flag(e, ep, i.smallNumbers.enabled);
                                }) &&
                   F::ifPresent(x, "threshold", p, [&](const OrderedJson& t, const QString& tp) {
                       return f.integer(t, tp, 0, Limits::kMaxSmallNumberThreshold, i.smallNumbers.threshold);
                   });
        });
    if (ok) out = i;
    return ok;
}

bool ReportJsonReader::readEntityIds(const OrderedJson& v, const QString& path, const Report& context, F& f,
                                     QStringList& out)
{
    if (!f.labels(v, path, {}, out)) return false;
    for (qsizetype i = 0; i < out.size(); ++i)
        if (!context.entity(out[i]))
            return f.fail(F::index(path, i),
                          tr("unknown entity '%1'; expected the id of one of the \"entities\"").arg(out[i]));
    return true;
}

bool ReportJsonReader::readReview(const OrderedJson& v, const QString& path, const char* statusKey,
                                  const char* reasonKey, F& f, Workflow& out)
{
    return F::ifPresent(v, statusKey, path,
                        [&](const OrderedJson& x, const QString& p) {
                            return f.oneOf(x, p, Vocabulary::workflowStatuses(), out.status);
                        }) &&
           F::ifPresent(v, reasonKey, path,
                        [&](const OrderedJson& x, const QString& p) { return f.text(x, p, out.reason); });
}

bool ReportJsonReader::readEntity(const OrderedJson& v, const QString& path, F& f, Entity& out)
{
    Entity e;
    const bool ok =
        f.object(v, path, F::keys({"id", "kind", "acronym", "name"}), F::keys({"id", "kind"})) &&
        f.label(F::at(v, u"id"), F::member(path, key("id")), e.id) &&
        f.oneOf(F::at(v, u"kind"), F::member(path, key("kind")), Vocabulary::entityKinds(), e.kind) &&
        F::ifPresent(v, "acronym", path,
                     [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, e.acronym); }) &&
        F::ifPresent(v, "name", path,
                     [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, e.name); });
    if (ok) out = e;
    return ok;
}

bool ReportJsonReader::readGlossaryEntry(const OrderedJson& v, const QString& path, F& f, GlossaryEntry& out)
{
    GlossaryEntry g;
    const bool ok = f.object(v, path, F::keys({"term", "definition"}), F::keys({"term"})) &&
                    f.biText(F::at(v, u"term"), F::member(path, key("term")), g.term) &&
                    F::ifPresent(v, "definition", path, [&](const OrderedJson& x, const QString& p) {
                        return f.biText(x, p, g.definition);
                    });
    if (!ok) return false;
    // The English term identifies the entry (glossary/TERM in edits), so it must be there and be short.
    const QString termPath = F::member(F::member(path, key("term")), key("en"));
    if (g.term.en().trimmed().isEmpty())
        return f.fail(termPath, tr("the English term is required; it identifies the entry"));
    if (Limits::characters(g.term.en()) > Limits::kMaxIdLength)
        return f.fail(termPath, tr("a term can be at most %1 characters long").arg(Limits::kMaxIdLength));
    out = g;
    return true;
}

bool ReportJsonReader::readComment(const OrderedJson& v, const QString& path, const Report& context, F& f,
                                   Comment& out)
{
    Comment c;
    if (!f.object(v, path, F::keys({"section", "activity", "indicator", "author", "at", "text", "resolved"}),
                  F::keys({"author", "at", "text"})))
        return false;
    int targets = 0;
    for (const QString& kind : Vocabulary::commentTargets()) {
        if (!F::has(v, kind)) continue;
        ++targets;
        c.targetKind = kind;
        if (!f.label(F::at(v, kind), F::member(path, kind), c.target)) return false;
    }
    if (targets != 1)
        return f.fail(path, tr("a comment names exactly one of \"section\", \"activity\" or \"indicator\""));
    const bool exists = c.targetKind == QLatin1String("section")    ? context.section(c.target) != nullptr
                        : c.targetKind == QLatin1String("activity") ? context.activity(c.target) != nullptr
                                                                    : context.indicator(c.target) != nullptr;
    if (!exists)
        return f.fail(F::member(path, c.targetKind),
                      tr("there is no %1 '%2' in the report").arg(c.targetKind, c.target));
    const bool ok = f.label(F::at(v, u"author"), F::member(path, key("author")), c.author) &&
                    f.timestamp(F::at(v, u"at"), F::member(path, key("at")), c.at) &&
                    f.text(F::at(v, u"text"), F::member(path, key("text")), c.text) &&
                    F::ifPresent(v, "resolved", path, [&](const OrderedJson& x, const QString& p) {
                        return f.flag(x, p, c.resolved);
                    });
    if (ok) out = c;
    return ok;
}

// The QJsonValue forms serve edits, whose values come as Qt JSON.

Result<Entity> ReportJsonReader::readEntity(const QJsonValue& v, const QString& path)
{
    return fromQJson<Entity>(
        v, [&](const OrderedJson& o, F& f, Entity& e) { return readEntity(o, path, f, e); });
}

Result<Section> ReportJsonReader::readSection(const QJsonValue& v, const QString& path, const Report& context)
{
    return fromQJson<Section>(v, [&](const OrderedJson& o, F& f, Section& s) {
        return SectionJsonReader::read(o, path, context, f, s);
    });
}

Result<Activity> ReportJsonReader::readActivity(const QJsonValue& v, const QString& path,
                                                const Report& context)
{
    return fromQJson<Activity>(v, [&](const OrderedJson& o, F& f, Activity& a) {
        return SectionJsonReader::activity(o, path, context, f, a);
    });
}

Result<Indicator> ReportJsonReader::readIndicator(const QJsonValue& v, const QString& path,
                                                  const Report& context)
{
    return fromQJson<Indicator>(v, [&](const OrderedJson& o, F& f, Indicator& i) {
        return IndicatorJsonReader::read(o, path, context, f, i);
    });
}

Result<GlossaryEntry> ReportJsonReader::readGlossaryEntry(const QJsonValue& v, const QString& path)
{
    return fromQJson<GlossaryEntry>(
        v, [&](const OrderedJson& o, F& f, GlossaryEntry& g) { return readGlossaryEntry(o, path, f, g); });
}

Result<Comment> ReportJsonReader::readComment(const QJsonValue& v, const QString& path, const Report& context)
{
    return fromQJson<Comment>(
        v, [&](const OrderedJson& o, F& f, Comment& c) { return readComment(o, path, context, f, c); });
}

} // namespace cpc
