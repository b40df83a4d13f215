#include "template/TemplateReader.h"

#include "model/Vocabulary.h"
#include "util/Limits.h"

#include "json/BreakdownLabelsJson.h"
#include "json/IndicatorJsonReader.h"
#include "json/JsonFieldReader.h"
#include "json/JsonTextReader.h"
#include "json/OrderedJson.h"
#include "json/ReportJsonReader.h"
#include <QRegularExpression>
#include <QSet>

namespace cpc {

namespace {

using F = JsonFieldReader;

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

// Entity references in a template are checked the way a report's are, against the template's entities.
Report entityContext(const Template& t)
{
    Report r;
    r.entities = t.entities;
    return r;
}

bool boundedList(const OrderedJson& list, const QString& path, F& f, int max)
{
    if (!f.array(list, path)) return false;
    if (list.elements().size() > max)
        return f.fail(path, TemplateReader::tr("the list has %1 entries; a template may have at most %2")
                                .arg(list.elements().size())
                                .arg(max));
    return true;
}

} // namespace

QString TemplateReader::formatId()
{
    return QStringLiteral("cpcreport-template/1");
}

Result<Template> TemplateReader::read(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.size() > kMaxTemplateBytes)
        return Error{
            tr("the file has %1 bytes; a template has at most %2").arg(bytes.size()).arg(kMaxTemplateBytes),
            fileName};
    Result<OrderedJson> parsed = JsonTextReader::parse(bytes, fileName);
    if (!parsed) return parsed.error();
    const OrderedJson& root = parsed.value();
    if (!root.isObject())
        return Error{tr("expected a template: an object {...} with \"format\": \"%1\"").arg(formatId()),
                     fileName};

    F f(fileName);
    const QString formatPath = key("format");
    const OrderedJson* format = root.find(formatPath);
    if (!format) {
        f.fail(formatPath, tr("the required field 'format' is missing; expected \"%1\"").arg(formatId()));
        return f.error();
    }
    if (!format->isString() || format->toString() != formatId()) {
        const QString s = format->toString();
        bool newer = false;
        if (s.startsWith(QLatin1String("cpcreport-template/"))) newer = s.mid(19).toInt() > 1;
        f.fail(formatPath,
               newer ? tr("this template is in format %1, written for a newer version of CPC Report "
                          "Studio; this version reads %2. Update the program to use it")
                           .arg(s, formatId())
                     : tr("expected \"%1\"; this is not a CPC Report Studio template").arg(formatId()));
        return f.error();
    }
    if (!f.object(root, QString(),
                  F::keys({"format", "id", "name", "partnership", "title_pattern", "first_period_start",
                           "source_language", "prepared_by", "variance_threshold", "small_number_threshold",
                           "objectives", "trafficking_types", "entities", "sections", "activity_guidance",
                           "indicator_guidance", "indicators", "glossary", "breakdown_labels"}),
                  F::keys({"format", "id", "name", "first_period_start", "sections"})))
        return f.error();

    Template t;
    // Entities and objectives first: the header and the sections refer to them.
    bool ok =
        F::ifPresent(root, "entities", QString(),
                     [&](const OrderedJson& x, const QString& p) {
                         return ReportJsonReader::readEntities(x, p, f, t.entities);
                     }) &&
        F::ifPresent(root, "objectives", QString(),
                     [&](const OrderedJson& x, const QString& p) { return readObjectives(x, p, f, t); }) &&
        readHeader(root, f, t) &&
        F::ifPresent(
            root, "trafficking_types", QString(),
            [&](const OrderedJson& x, const QString& p) { return readTraffickingTypes(x, p, f, t); }) &&
        readSections(*root.find(u"sections"), key("sections"), f, t) &&
        F::ifPresent(
            root, "activity_guidance", QString(),
            [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, t.activityGuidance); }) &&
        F::ifPresent(
            root, "indicator_guidance", QString(),
            [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, t.indicatorGuidance); }) &&
        F::ifPresent(root, "indicators", QString(),
                     [&](const OrderedJson& x, const QString& p) { return readIndicators(x, p, f, t); }) &&
        F::ifPresent(root, "glossary", QString(),
                     [&](const OrderedJson& x, const QString& p) {
                         return ReportJsonReader::readGlossary(x, p, f, t.glossary);
                     }) &&
        F::ifPresent(root, "breakdown_labels", QString(), [&](const OrderedJson& x, const QString& p) {
            return BreakdownLabelsJson::read(x, p, f, t.breakdownLabels);
        });
    if (!ok) return f.error();
    return t;
}

bool TemplateReader::readHeader(const OrderedJson& root, F& f, Template& t)
{
    // Ids become file names and command-line arguments: keep them to letters, digits, dots and dashes.
    static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    const QString idPath = key("id");
    if (!f.label(F::at(root, u"id"), idPath, t.id)) return false;
    if (t.id.size() > kMaxIdLength || !idShape.match(t.id).hasMatch())
        return f.fail(idPath, tr("a template id has at most %1 letters, digits, dots, dashes or underscores "
                                 "and starts with a letter or digit, e.g. \"colombia-cpc\"")
                                  .arg(kMaxIdLength));
    if (!f.biText(F::at(root, u"name"), key("name"), t.name)) return false;
    if (t.name.en().trimmed().isEmpty() && t.name.es().trimmed().isEmpty())
        return f.fail(key("name"), tr("the template needs a name in at least one language"));

    QString language = languageCode(t.sourceLanguage);
    std::optional<double> variance = t.varianceThreshold;
    const bool ok =
        F::ifPresent(root, "partnership", QString(),
                     [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, t.partnership); }) &&
        F::ifPresent(
            root, "title_pattern", QString(),
            [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, t.titlePattern); }) &&
        f.date(F::at(root, u"first_period_start"), key("first_period_start"), t.firstPeriodStart) &&
        F::ifPresent(root, "source_language", QString(),
                     [&](const OrderedJson& x, const QString& p) {
                         return f.oneOf(x, p, Vocabulary::languages(), language);
                     }) &&
        F::ifPresent(
            root, "prepared_by", QString(),
            [&](const OrderedJson& x, const QString& p) {
                if (!f.label(x, p, t.preparedBy)) return false;
                for (const Entity& e : t.entities)
                    if (e.id == t.preparedBy) return true;
                return f.fail(
                    p,
                    tr("unknown entity '%1'; expected the id of one of the \"entities\"").arg(t.preparedBy));
            }) &&
        F::ifPresent(root, "variance_threshold", QString(),
                     [&](const OrderedJson& x, const QString& p) {
                         if (!f.number(x, p, variance, false)) return false;
                         return (*variance >= 0 && *variance <= 1000) ||
                                f.fail(p, tr("expected a percentage from 0 to 1000"));
                     }) &&
        F::ifPresent(root, "small_number_threshold", QString(), [&](const OrderedJson& x, const QString& p) {
            return f.integer(x, p, 0, Limits::kMaxSmallNumberThreshold, t.smallNumberThreshold);
        });
    if (!ok) return false;
    t.sourceLanguage = *languageFromCode(language);
    t.varianceThreshold = *variance;
    return true;
}

bool TemplateReader::readObjectives(const OrderedJson& list, const QString& path, F& f, Template& t)
{
    if (!boundedList(list, path, f, kMaxObjectives)) return false;
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        const OrderedJson& v = list.elements()[i];
        const QString p = F::index(path, i);
        TemplateObjective o;
        const bool ok =
            f.object(v, p, F::keys({"number", "name", "description"}), F::keys({"number", "name"})) &&
            f.integer(F::at(v, u"number"), F::member(p, key("number")), 1, 4, o.number) &&
            f.biText(F::at(v, u"name"), F::member(p, key("name")), o.name) &&
            F::ifPresent(v, "description", p, [&](const OrderedJson& x, const QString& xp) {
                return f.biText(x, xp, o.description);
            });
        if (!ok) return false;
        if (t.objective(o.number))
            return f.fail(F::member(p, key("number")), tr("objective %1 is already listed").arg(o.number));
        t.objectives.append(o);
    }
    return true;
}

bool TemplateReader::readTraffickingTypes(const OrderedJson& list, const QString& path, F& f, Template& t)
{
    if (!boundedList(list, path, f, int(Vocabulary::traffickingTypes().size()))) return false;
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        const OrderedJson& v = list.elements()[i];
        const QString p = F::index(path, i);
        TemplateTraffickingType type;
        const bool ok =
            f.object(v, p, F::keys({"id", "name", "description"}), F::keys({"id", "name"})) &&
            f.oneOf(F::at(v, u"id"), F::member(p, key("id")), Vocabulary::traffickingTypes(), type.id) &&
            f.biText(F::at(v, u"name"), F::member(p, key("name")), type.name) &&
            F::ifPresent(v, "description", p, [&](const OrderedJson& x, const QString& xp) {
                return f.biText(x, xp, type.description);
            });
        if (!ok) return false;
        for (const TemplateTraffickingType& earlier : t.traffickingTypes)
            if (earlier.id == type.id)
                return f.fail(F::member(p, key("id")),
                              tr("the trafficking type '%1' is already listed").arg(type.id));
        t.traffickingTypes.append(type);
    }
    return true;
}

bool TemplateReader::readSections(const OrderedJson& list, const QString& path, F& f, Template& t)
{
    if (!boundedList(list, path, f, kMaxSections)) return false;
    if (list.elements().isEmpty()) return f.fail(path, tr("a template needs at least one section"));
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        TemplateSection s;
        const QString p = F::index(path, i);
        if (!readSection(list.elements()[i], p, f, t, s)) return false;
        if (t.section(s.id))
            return f.fail(F::member(p, key("id")), tr("there is already a section '%1'").arg(s.id));
        if (s.kind == QLatin1String("objective") && t.sectionOfKind(s.kind, s.objective))
            return f.fail(F::member(p, key("objective")),
                          tr("there is already a section for objective %1").arg(s.objective));
        // The PDF, the checks and the window find these sections by kind, so each may appear once.
        if (s.kind != QLatin1String("objective") && s.kind != QLatin1String("narrative") &&
            t.sectionOfKind(s.kind))
            return f.fail(F::member(p, key("kind")),
                          tr("there is already a section of kind \"%1\"").arg(s.kind));
        t.sections.append(s);
    }
    return true;
}

bool TemplateReader::readSection(const OrderedJson& v, const QString& path, F& f, const Template& t,
                                 TemplateSection& out)
{
    TemplateSection s;
    const Report context = entityContext(t);
    bool ok =
        f.object(v, path,
                 F::keys({"id", "kind", "objective", "title", "required", "guidance", "suggested_words",
                          "assigned_to"}),
                 F::keys({"id", "kind", "title"})) &&
        f.label(F::at(v, u"id"), F::member(path, key("id")), s.id) &&
        f.oneOf(F::at(v, u"kind"), F::member(path, key("kind")), Vocabulary::sectionKinds(), s.kind) &&
        f.biText(F::at(v, u"title"), F::member(path, key("title")), s.title) &&
        F::ifPresent(v, "required", path,
                     [&](const OrderedJson& x, const QString& p) { return f.flag(x, p, s.required); }) &&
        F::ifPresent(v, "guidance", path,
                     [&](const OrderedJson& x, const QString& p) { return f.biText(x, p, s.guidance); }) &&
        F::ifPresent(v, "assigned_to", path,
                     [&](const OrderedJson& x, const QString& p) {
                         return ReportJsonReader::readEntityIds(x, p, context, f, s.assignedTo);
                     }) &&
        F::ifPresent(v, "suggested_words", path, [&](const OrderedJson& x, const QString& p) {
            if (!f.object(x, p, F::keys({"min", "max"}))) return false;
            if (!F::ifPresent(x, "min", p,
                              [&](const OrderedJson& n, const QString& np) {
                                  return f.integer(n, np, 0, kMaxSuggestedWords, s.minWords);
                              }) ||
                !F::ifPresent(x, "max", p, [&](const OrderedJson& n, const QString& np) {
                    return f.integer(n, np, 0, kMaxSuggestedWords, s.maxWords);
                }))
                return false;
            return s.maxWords == 0 || s.minWords <= s.maxWords ||
                   f.fail(F::member(p, key("max")), tr("the most words (%1) is fewer than the least (%2)")
                                                        .arg(s.maxWords)
                                                        .arg(s.minWords));
        });
    if (!ok) return false;
    if (s.title.en().trimmed().isEmpty() || s.title.es().trimmed().isEmpty())
        return f.fail(F::member(path, key("title")),
                      tr("a section needs its title in English and in Spanish"));
    const QString objectivePath = F::member(path, key("objective"));
    if (s.kind != QLatin1String("objective")) {
        if (F::has(v, u"objective"))
            return f.fail(objectivePath, tr("only a section of kind \"objective\" has 'objective'"));
    } else {
        if (!F::has(v, u"objective"))
            return f.fail(objectivePath, tr("an objective section needs its objective number (1 to 4)"));
        if (!f.integer(F::at(v, u"objective"), objectivePath, 1, 4, s.objective)) return false;
        if (!t.objectives.isEmpty() && !t.objective(s.objective))
            return f.fail(objectivePath,
                          tr("objective %1 is not among the template's \"objectives\"").arg(s.objective));
    }
    out = s;
    return true;
}

bool TemplateReader::readIndicators(const OrderedJson& list, const QString& path, F& f, Template& t)
{
    if (!f.array(list, path)) return false;
    const Report context = entityContext(t);
    for (qsizetype i = 0; i < list.elements().size(); ++i) {
        const OrderedJson& v = list.elements()[i];
        const QString p = F::index(path, i);
        // A template agrees what is measured and the targets; results belong to a year's report.
        for (const char* k :
             {"actuals", "disaggregation", "variance_explanation", "review_status", "review_reason"})
            if (v.isObject() && F::has(v, QLatin1StringView(k)))
                return f.fail(F::member(p, key(k)),
                              tr("a template gives indicators and their targets, not '%1'; "
                                 "results are entered in the report")
                                  .arg(key(k)));
        Indicator ind;
        if (!IndicatorJsonReader::read(v, p, context, f, ind)) return false;
        for (const Indicator& earlier : t.indicators)
            if (earlier.id == ind.id)
                return f.fail(F::member(p, key("id")), tr("there is already an indicator '%1'").arg(ind.id));
        if (!t.objectives.isEmpty() && !t.objective(ind.objective))
            return f.fail(F::member(p, key("objective")),
                          tr("objective %1 is not among the template's \"objectives\"").arg(ind.objective));
        t.indicators.append(ind);
    }
    return true;
}

} // namespace cpc
