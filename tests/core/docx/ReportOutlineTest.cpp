// The composed report that the PDF and the Word version both set: what moved into it from the PDF's own
// composers (cover, parts, runs of passages read together, table cells, chart figures) is decided once.
#include "document/ReportOutline.h"

#include "support/TestSupport.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

TEST_CASE("the cover says each language's side and what a final print still lacks", "[docx][outline]")
{
    const Report r = smallReport();
    const SuppressionPlan plan(r);
    Findings pending;
    for (int i = 0; i < 14; ++i) {
        Finding f;
        f.messageEn = QStringLiteral("Missing %1").arg(i);
        f.messageEs = QStringLiteral("Falta %1").arg(i);
        pending.append(f);
    }
    const QList<DocCover> sides = ReportOutline(r, plan).cover({Language::En, Language::Es}, pending);
    REQUIRE(sides.size() == 2);
    CHECK(sides[0].language == Language::En);
    CHECK(sides[1].language == Language::Es);
    CHECK(sides[0].title == r.info.title.en());
    CHECK(sides[1].lines.value(0).startsWith(QStringLiteral("Año de reporte")));
    CHECK(sides[1].pending.size() == 12); // then "and 2 more"
    CHECK(sides[1].pending.first() == QStringLiteral("Falta 0"));
    CHECK(sides[1].pendingMore.contains(QLatin1Char('2')));
    // Nothing pending: no list.
    CHECK(ReportOutline(r, plan).cover({Language::En}).first().pendingHeading.isEmpty());
}

TEST_CASE("the parts of a document follow the languages and layout chosen", "[docx][outline]")
{
    PdfOptions o;
    CHECK(ReportOutline::parts(o) == QList<std::optional<Language>>{Language::En, Language::Es});
    o.layout = PdfOptions::Layout::Parallel;
    CHECK(ReportOutline::parts(o) == QList<std::optional<Language>>{std::nullopt});
    CHECK(ReportOutline::languages(o) == QList<Language>{Language::En, Language::Es});
    o.languages = PdfOptions::Languages::Es;
    CHECK(ReportOutline::parts(o) == QList<std::optional<Language>>{Language::Es});
    CHECK(ReportOutline::languages(o) == QList<Language>{Language::Es});
}

TEST_CASE("an activity's facts and narrative are read as one run, headings and tables apart",
          "[docx][outline]")
{
    const Report r = smallReport();
    const SuppressionPlan plan(r);
    const QList<DocPassage> passages = ReportOutline(r, plan).compose();
    bool factsWithNarrative = false;
    qsizetype next = 0;
    for (const ReportOutline::Run& run : ReportOutline::runs(passages)) {
        CHECK(run.first == next); // the runs cover every passage once, in order
        next = run.last;
        const DocPassage& first = passages[run.first];
        if (first.en.kind == DocBlock::Kind::Heading) CHECK(run.last == run.first + 1);
        for (qsizetype i = run.first; i < run.last; ++i)
            CHECK(passages[i].shared == first.shared);
        if (first.en.kind == DocBlock::Kind::Facts && run.last == run.first + 2)
            factsWithNarrative = passages[run.first + 1].en.kind == DocBlock::Kind::Narrative;
    }
    CHECK(next == passages.size());
    CHECK(factsWithNarrative);
}

TEST_CASE("bilingual cells keep the Spanish apart, and a language's cell says when a text is not translated",
          "[docx][outline]")
{
    Report r = smallReport();
    REQUIRE(!r.indicators.isEmpty());
    r.indicators[0].varianceExplanation[r.info.reportingYear] =
        BiText(QStringLiteral("Late start."), QString());
    const SuppressionPlan plan(r);
    bool checked = false;
    for (const DocPassage& p : ReportOutline(r, plan).compose()) {
        if (p.en.kind != DocBlock::Kind::Table || p.en.table.purpose != DocTable::Purpose::Tracking) continue;
        checked = true;
        const DocCell name = p.both.table.rows[0][0];
        CHECK(name.text.startsWith(r.indicators[0].id));
        if (!r.indicators[0].name.es().isEmpty() && r.indicators[0].name.es() != r.indicators[0].name.en())
            CHECK(name.second == r.indicators[0].name.es());
        const DocCell es = p.es.table.rows[0][7];
        CHECK(es.text == QStringLiteral("Late start.")); // the original stands in
        CHECK(es.second.startsWith(QStringLiteral("Traducción pendiente")));
        CHECK(es.tone == DocCell::Tone::Muted);
        CHECK(p.en.table.rows[0][7].second.isEmpty());
    }
    CHECK(checked);
}

TEST_CASE("a chart carries its figures as written and its description in words", "[docx][outline]")
{
    const Report r = smallReport();
    const SuppressionPlan plan(r);
    bool found = false;
    for (const DocPassage& p : ReportOutline(r, plan).compose()) {
        if (p.en.kind != DocBlock::Kind::Chart) continue;
        found = true;
        CHECK(p.shared);
        REQUIRE(!p.es.chart.points.isEmpty());
        CHECK(p.es.chart.numbers == NumberFormat::of(Language::Es));
        CHECK(p.both.chart.numbers.isShared());
        CHECK(p.es.chart.description.contains(QStringLiteral("Meta y logro por año")));
        CHECK(p.both.chart.description.contains(QStringLiteral(" / ")));
        for (const DocChartPoint& point : p.en.chart.points) {
            CHECK(point.label.startsWith(QStringLiteral("Year ")));
            CHECK((point.target
                       ? point.targetText == QLocale(QLocale::English).toString(*point.target, 'f', 0)
                       : point.targetText == QStringLiteral("—")));
            CHECK((point.actual.has_value() || point.actualText == QStringLiteral("—")));
        }
    }
    CHECK(found);
}
