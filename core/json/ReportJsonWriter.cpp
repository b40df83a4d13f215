#include "json/ReportJsonWriter.h"

#include "json/BreakdownLabelsJson.h"
#include "json/JsonTextWriter.h"
#include "json/OrderedJson.h"
#include "json/ReportJsonReader.h"

namespace cpc {

namespace {

using J = OrderedJson;

QString k(const char* key)
{
    return QString::fromLatin1(key);
}

J ids(const QStringList& list)
{
    J a = J::array();
    for (const QString& s : list)
        a.append(s);
    return a;
}

J number(const std::optional<double>& v)
{
    return v ? J(*v) : J();
}

J text(const BiText& t)
{
    J o = J::object();
    o.insert(k("en"), t.en()).insert(k("es"), t.es());
    J stale = J::array();
    for (Language l : {Language::En, Language::Es})
        if (t.isStale(l)) stale.append(languageCode(l));
    if (!stale.isEmpty()) o.insert(k("stale"), stale);
    if (t.hasPrevious())
        o.insert(
            k("previous"),
            J::object().insert(k("en"), t.previous(Language::En)).insert(k("es"), t.previous(Language::Es)));
    return o;
}

void review(J& o, const Workflow& w)
{
    if (w.status != Workflow().status) o.insert(k("review_status"), reviewStatusId(w.status));
    if (!w.reason.isEmpty()) o.insert(k("review_reason"), w.reason);
}

J info(const ReportInfo& i)
{
    J o = J::object();
    o.insert(k("template"), i.templateId)
        .insert(k("partnership"), text(i.partnership))
        .insert(k("title"), text(i.title))
        .insert(k("reporting_year"), i.reportingYear)
        .insert(k("period"), J::object().insert(k("start"), i.periodStart).insert(k("end"), i.periodEnd))
        .insert(k("source_language"), languageCode(i.sourceLanguage));
    if (!i.preparedBy.isEmpty()) o.insert(k("prepared_by"), i.preparedBy);
    if (i.smallNumbers != SmallNumberPolicy())
        o.insert(k("small_numbers"), J::object()
                                         .insert(k("enabled"), i.smallNumbers.enabled)
                                         .insert(k("threshold"), i.smallNumbers.threshold));
    return o;
}

J entity(const Entity& e)
{
    J o = J::object();
    o.insert(k("id"), e.id)
        .insert(k("kind"), e.kind)
        .insert(k("acronym"), text(e.acronym))
        .insert(k("name"), text(e.name));
    return o;
}

J activity(const Activity& a)
{
    J o = J::object();
    o.insert(k("id"), a.id).insert(k("title"), text(a.title)).insert(k("responsible"), ids(a.responsible));
    if (!a.status.isEmpty()) o.insert(k("status"), a.status);
    o.insert(k("trafficking_types"), ids(a.traffickingTypes)).insert(k("body"), text(a.body));
    review(o, a.review);
    return o;
}

// Which members of an object to write: all of them, or the one a field path goes through (and, of a
// member keyed by year, only that year), so that reading one value does not write out the whole object.
struct Only {
    QStringView member, year;
    bool operator()(const char* name) const { return member.isEmpty() || member == QLatin1StringView(name); }
    bool hasYear(int y) const { return year.isEmpty() || year == QString::number(y); }
};

J section(const Section& s, Only only = {})
{
    J o = J::object();
    if (only("id")) o.insert(k("id"), s.id);
    if (only("kind")) o.insert(k("kind"), s.kind);
    if (s.isObjective() && only("objective")) o.insert(k("objective"), s.objective);
    if (only("title")) o.insert(k("title"), text(s.title));
    if (only("assigned_to")) o.insert(k("assigned_to"), ids(s.assignedTo));
    if (only("status")) o.insert(k("status"), reviewStatusId(s.review.status));
    if (!s.review.reason.isEmpty() && only("return_reason")) o.insert(k("return_reason"), s.review.reason);
    if (only("body")) o.insert(k("body"), text(s.body));
    if (s.isObjective() && only("activities")) {
        J list = J::array();
        for (const Activity& a : s.activities)
            list.append(activity(a));
        o.insert(k("activities"), list);
    }
    return o;
}

J years(const QMap<int, std::optional<double>>& m, Only only)
{
    J o = J::object();
    for (auto it = m.begin(); it != m.end(); ++it)
        if (only.hasYear(it.key())) o.insert(QString::number(it.key()), number(it.value()));
    return o;
}

J indicator(const Indicator& i, Only only = {})
{
    J o = J::object();
    if (only("id")) o.insert(k("id"), i.id);
    if (only("objective")) o.insert(k("objective"), i.objective);
    if (only("name")) o.insert(k("name"), text(i.name));
    if (only("definition")) o.insert(k("definition"), text(i.definition));
    if (only("unit")) o.insert(k("unit"), unitId(i.unit));
    if (only("direction")) o.insert(k("direction"), i.direction);
    if (only("source")) o.insert(k("source"), text(i.source));
    if (only("responsible")) o.insert(k("responsible"), ids(i.responsible));
    if (i.hasBaseline && only("baseline"))
        o.insert(
            k("baseline"),
            J::object().insert(k("value"), number(i.baselineValue)).insert(k("period"), i.baselinePeriod));
    if (only("targets")) o.insert(k("targets"), years(i.targets, only));
    if (only("actuals")) o.insert(k("actuals"), years(i.actuals, only));
    if (!i.disaggregation.isEmpty() && only("disaggregation")) {
        J byYear = J::object();
        for (auto it = i.disaggregation.begin(); it != i.disaggregation.end(); ++it) {
            if (!only.hasYear(it.key())) continue;
            J dims = J::object();
            for (const Disaggregation& d : it.value()) {
                J cats = J::object();
                for (const DisaggregationCategory& c : d.categories)
                    cats.insert(c.name, c.value);
                dims.insert(d.dimension, cats);
            }
            byYear.insert(QString::number(it.key()), dims);
        }
        o.insert(k("disaggregation"), byYear);
    }
    if (!i.varianceExplanation.isEmpty() && only("variance_explanation")) {
        J byYear = J::object();
        for (auto it = i.varianceExplanation.begin(); it != i.varianceExplanation.end(); ++it)
            if (only.hasYear(it.key())) byYear.insert(QString::number(it.key()), text(it.value()));
        o.insert(k("variance_explanation"), byYear);
    }
    if (i.key && only("key")) o.insert(k("key"), true);
    if (i.cumulative && only("cumulative")) o.insert(k("cumulative"), true);
    if (i.sensitive && only("sensitive")) o.insert(k("sensitive"), *i.sensitive);
    if (only("review_status") || only("review_reason")) review(o, i.review);
    return o;
}

J glossaryEntry(const GlossaryEntry& g)
{
    J o = J::object();
    o.insert(k("term"), text(g.term)).insert(k("definition"), text(g.definition));
    return o;
}

J comment(const Comment& c)
{
    J o = J::object();
    o.insert(c.targetKind, c.target)
        .insert(k("author"), c.author)
        .insert(k("at"), c.at)
        .insert(k("text"), c.text)
        .insert(k("resolved"), c.resolved);
    return o;
}

J document(const Report& r)
{
    J entities = J::array(), sections = J::array(), indicators = J::array(), glossary = J::array(),
      comments = J::array();
    for (const Entity& e : r.entities)
        entities.append(entity(e));
    for (const Section& s : r.sections)
        sections.append(section(s));
    for (const Indicator& i : r.indicators)
        indicators.append(indicator(i));
    for (const GlossaryEntry& g : r.glossary)
        glossary.append(glossaryEntry(g));
    for (const Comment& c : r.comments)
        comments.append(comment(c));
    J o = J::object();
    o.insert(k("format"), ReportJsonReader::formatId())
        .insert(k("report"), info(r.info))
        .insert(k("entities"), entities)
        .insert(k("sections"), sections)
        .insert(k("indicators"), indicators)
        .insert(k("glossary"), glossary);
    // Extension, written only when the report has labels (docs/report-json-extensions.md).
    if (!r.breakdownLabels.isEmpty())
        o.insert(k("breakdown_labels"), BreakdownLabelsJson::write(r.breakdownLabels));
    o.insert(k("comments"), comments);
    return o;
}

} // namespace

QByteArray ReportJsonWriter::write(const Report& report)
{
    return JsonTextWriter::write(document(report));
}

QJsonObject ReportJsonWriter::toJson(const Entity& e)
{
    return entity(e).toQJson().toObject();
}
QJsonObject ReportJsonWriter::toJson(const Section& s)
{
    return section(s).toQJson().toObject();
}
QJsonObject ReportJsonWriter::toJson(const Activity& a)
{
    return activity(a).toQJson().toObject();
}
QJsonObject ReportJsonWriter::toJson(const Indicator& i)
{
    return indicator(i).toQJson().toObject();
}
QJsonObject ReportJsonWriter::toJson(const Section& s, QStringView member)
{
    return section(s, Only{member, {}}).toQJson().toObject();
}
QJsonObject ReportJsonWriter::toJson(const Indicator& i, QStringView member, QStringView year)
{
    return indicator(i, Only{member, year}).toQJson().toObject();
}
QJsonObject ReportJsonWriter::toJson(const GlossaryEntry& g)
{
    return glossaryEntry(g).toQJson().toObject();
}
QJsonObject ReportJsonWriter::toJson(const Comment& c)
{
    return comment(c).toQJson().toObject();
}
QJsonObject ReportJsonWriter::toJson(const BiText& t)
{
    return text(t).toQJson().toObject();
}
QJsonObject ReportJsonWriter::toJson(const Report& r)
{
    return document(r).toQJson().toObject();
}

} // namespace cpc
