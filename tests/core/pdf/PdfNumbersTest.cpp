// Figures as the two readers of the printed report read them: each language's convention in its own
// text and tables, a convention neither misreads in the shared tables and charts of the parallel layout,
// percentages with one decimal, pesos scaled to millions and never with a stray fraction.
#include "PdfTestFonts.h"
#include "PdfToolCheck.h"
#include "document/ReportOutline.h"
#include "pdf/NumberFormat.h"
#include "pdf/PdfExporter.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

const QString kThin = QString(QChar(0x202F));
const QString kNb = QString(QChar(0x00A0));

// The sample with figures that tell the conventions apart: 1024 trained, a target of 10 000, and an
// indicator in pesos of more than a billion with centavos.
Report withFigures()
{
    Report r = sampleReport();
    Indicator* trained = r.indicator(QStringLiteral("1.1"));
    REQUIRE(trained);
    trained->targets[1] = 1024;
    trained->targets[2] = 10000;
    trained->actuals[1] = 1024;
    trained->disaggregation.clear();
    Indicator* funds = r.indicator(QStringLiteral("3.2"));
    REQUIRE(funds);
    funds->unit = Unit::CurrencyCop;
    funds->baselineValue = 850000000.5;
    funds->targets[1] = 1234567890.5;
    funds->targets[2] = 1500000000;
    funds->actuals[1] = 1102345678.5;
    return r;
}

QString exported(const TempDir& dir, const Report& r, PdfOptions::Languages languages,
                 PdfOptions::Layout layout)
{
    const QString path = dir.path(QStringLiteral("numbers-%1-%2.pdf").arg(int(languages)).arg(int(layout)));
    PdfOptions o;
    o.languages = languages;
    o.layout = layout;
    o.final = true;
    const Status s = PdfExporter::exportReport(r, path, o);
    INFO((s ? std::string() : s.error().toString().toStdString()));
    REQUIRE(s.ok());
    return PdfToolCheck(path).text();
}

} // namespace

TEST_CASE("Each language writes figures its own way and the shared convention groups from five digits")
{
    const NumberFormat en = NumberFormat::of(Language::En), es = NumberFormat::of(Language::Es);
    const NumberFormat sharedComma = NumberFormat::shared(Language::Es),
                       sharedPoint = NumberFormat::shared(Language::En);
    CHECK(en.number(1024) == QStringLiteral("1,024"));
    CHECK(es.number(1024) == QStringLiteral("1.024"));
    CHECK(en.number(108.7) == QStringLiteral("108.7"));
    CHECK(es.number(108.7) == QStringLiteral("108,7"));
    CHECK(sharedComma.number(1024) == QStringLiteral("1024"));
    CHECK(sharedComma.number(10000) == QStringLiteral("10") + kThin + QStringLiteral("000"));
    CHECK(sharedComma.number(1234567.25) ==
          QStringLiteral("1") + kThin + QStringLiteral("234") + kThin + QStringLiteral("567,25"));
    CHECK(sharedPoint.number(108.7) == QStringLiteral("108.7"));
    CHECK(sharedComma.number(-0.001) == QStringLiteral("0"));
    CHECK(en.number(-2500) == QStringLiteral("-2,500"));
}

TEST_CASE("Percentages carry one decimal in every convention, with the space each language uses")
{
    CHECK(NumberFormat::of(Language::En).percent(95) == QStringLiteral("95.0%"));
    CHECK(NumberFormat::of(Language::En).percent(108.66) == QStringLiteral("108.7%"));
    CHECK(NumberFormat::of(Language::Es).percent(95) == QStringLiteral("95,0") + kNb + QStringLiteral("%"));
    CHECK(NumberFormat::shared(Language::Es).percent(1234.5) ==
          QStringLiteral("1234,5") + kNb + QStringLiteral("%"));
}

TEST_CASE("Pesos are whole, and from a million written in millions")
{
    const Unit cop = Unit::CurrencyCop;
    const NumberFormat en = NumberFormat::of(Language::En), es = NumberFormat::of(Language::Es);
    CHECK(en.value(1234567890.5, cop) == QStringLiteral("COP") + kNb + QStringLiteral("1,234.6 million"));
    CHECK(es.value(1234567890.5, cop) == QStringLiteral("1.234,6") + kNb + QStringLiteral("millones de COP"));
    CHECK(NumberFormat::shared(Language::Es).value(1234567890.5, cop) ==
          QStringLiteral("COP") + kNb + QStringLiteral("1234,6"));
    CHECK(NumberFormat::shared(Language::Es).value(12345678901.0, cop) ==
          QStringLiteral("COP") + kNb + QStringLiteral("12") + kThin + QStringLiteral("345,7"));
    CHECK(en.value(850000.5, cop) == QStringLiteral("COP") + kNb + QStringLiteral("850,001"));
    CHECK(en.value(0.5, cop) == QStringLiteral("COP") + kNb + QStringLiteral("1"));
    CHECK(en.value(12.5, Unit::CurrencyUsd) == QStringLiteral("US$") + kNb + QStringLiteral("12.50"));
    // An indicator's amounts share its scale: a small baseline beside large targets is in millions too.
    CHECK(en.value(500000, cop, NumberFormat::Scale::Millions) ==
          QStringLiteral("COP") + kNb + QStringLiteral("0.5 million"));
}

TEST_CASE("The tracking table's percentages of target all have one decimal")
{
    const Report r = withFigures();
    const SuppressionPlan plan(r);
    const QRegularExpression oneDecimal(QStringLiteral(R"(^\d+[.,]\d(%|\x{00A0}%)$)"));
    int seen = 0;
    for (const DocPassage& p : ReportOutline(r, plan).compose())
        for (const DocBlock* b : {&p.en, &p.es, &p.both}) {
            if (b->kind != DocBlock::Kind::Table || b->table.purpose != DocTable::Purpose::Tracking) continue;
            for (const QList<DocCell>& row : b->table.rows) {
                if (row[5].text == QStringLiteral("—")) continue;
                INFO(row[5].text.toStdString());
                CHECK(oneDecimal.match(row[5].text).hasMatch());
                ++seen;
            }
        }
    CHECK(seen > 6);
}

TEST_CASE("An indicator's figures share their decimals in its row, its chart and in every convention")
{
    Report r = sampleReport();
    Indicator* days = r.indicator(QStringLiteral("3.2"));
    REQUIRE(days);
    days->actuals[1] = 395.5; // an average: 410 and 380 beside it are written 410.0 and 380.0
    const SuppressionPlan plan(r);
    int rows = 0;
    for (const DocPassage& p : ReportOutline(r, plan).compose()) {
        if (p.en.kind == DocBlock::Kind::Chart && p.en.chart.description.startsWith(QStringLiteral("3.2 "))) {
            CHECK(p.en.chart.decimals == 1);
            CHECK(p.en.chart.points[0].targetText == QStringLiteral("380.0"));
            CHECK(p.es.chart.points[0].actualText == QStringLiteral("395,5"));
        }
        if (p.en.kind != DocBlock::Kind::Table || p.en.table.purpose != DocTable::Purpose::Tracking) continue;
        for (const auto& [table, baseline, target, actual] :
             {std::tuple{&p.en.table, "410.0 (2021)", "380.0", "395.5"},
              std::tuple{&p.es.table, "410,0 (2021)", "380,0", "395,5"},
              std::tuple{&p.both.table, "410,0 (2021)", "380,0", "395,5"}})
            for (const QList<DocCell>& row : table->rows) {
                if (!row[0].text.startsWith(QStringLiteral("3.2 "))) continue;
                CHECK(row[2].text == QString::fromUtf8(baseline));
                CHECK(row[3].text == QString::fromUtf8(target));
                CHECK(row[4].text == QString::fromUtf8(actual));
                ++rows;
            }
    }
    CHECK(rows == 3);
}

TEST_CASE("The parallel layout's shared tables write figures that neither reader misreads, and say how")
{
    TempDir dir;
    const QString text =
        exported(dir, withFigures(), PdfOptions::Languages::Both, PdfOptions::Layout::Parallel);
    const QString flat = normalized(text);
    // 1024 in the shared tables is never "1.024" (one, to an English reader) nor "1,024".
    const qsizetype tables = flat.indexOf(QStringLiteral("Indicator / Indicador"));
    REQUIRE(tables >= 0);
    const QString indicators = flat.mid(tables);
    CHECK(indicators.contains(QStringLiteral("1024")));
    CHECK_FALSE(indicators.contains(QStringLiteral("1.024")));
    CHECK_FALSE(indicators.contains(QStringLiteral("1,024")));
    // The chart's target of ten thousand (text extraction reads the thin space as a space).
    CHECK(indicators.contains(QStringLiteral("10 000")));
    CHECK_FALSE(indicators.contains(QStringLiteral("10.000")));
    CHECK_FALSE(indicators.contains(QStringLiteral("1 024")));
    CHECK(indicators.contains(QStringLiteral("COP 1234,6")));
    CHECK(indicators.contains(QStringLiteral("COP million / Millones de COP")));
    CHECK(indicators.contains(QStringLiteral("100,0 %")));
    // The convention is stated once, in both languages, under the first shared table.
    CHECK(flat.count(QStringLiteral("decimal comma (108,7)")) == 1);
    CHECK(flat.count(QStringLiteral("coma decimal (108,7)")) == 1);
    // No stray centavos.
    CHECK_FALSE(indicators.contains(QStringLiteral("890,5")));
    CHECK_FALSE(indicators.contains(QStringLiteral("000,5")));
}

TEST_CASE("Each language's own tables follow its convention, with pesos in millions and no note")
{
    TempDir dir;
    const QString en =
        normalized(exported(dir, withFigures(), PdfOptions::Languages::En, PdfOptions::Layout::Sequential));
    CHECK(en.contains(QStringLiteral("1,024")));
    CHECK(en.contains(QStringLiteral("COP 1,234.6")));
    CHECK(en.contains(QStringLiteral("100.0%")));
    CHECK_FALSE(en.contains(QStringLiteral("decimal comma")));
    CHECK_FALSE(en.contains(QStringLiteral("850,000,000")));
    const QString es =
        normalized(exported(dir, withFigures(), PdfOptions::Languages::Es, PdfOptions::Layout::Sequential));
    CHECK(es.contains(QStringLiteral("1.024")));
    CHECK(es.contains(QStringLiteral("1.234,6 millones")));
    CHECK(es.contains(QStringLiteral("100,0 %")));
    CHECK_FALSE(es.contains(QStringLiteral("coma decimal")));
}

TEST_CASE("The document's faces print the thin no-break space of the shared figures, narrower than a space")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    for (const FontStyle s : {FontStyle::Regular, FontStyle::Bold, FontStyle::Italic}) {
        CHECK(f.fonts.sanitize(kThin) == kThin); // not the replacement mark
        const float thin = f.fonts.width(s, kThin, 10), space = f.fonts.width(s, QStringLiteral(" "), 10);
        CHECK(thin > 0);
        CHECK(thin <= space);
    }
}
