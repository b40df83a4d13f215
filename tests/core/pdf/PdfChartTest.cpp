// The indicator chart as the Dialogue reads it: every bar with its figure, future targets too, the value
// axis in the chart's unit and number convention, and a target series that holds in greyscale.
#include "PdfTestFonts.h"
#include "pdf/ChartPainter.h"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {

DocChart chart(Unit unit, NumberFormat numbers, NumberFormat::Scale scale, std::vector<double> targets,
               std::optional<double> actual)
{
    DocChart c;
    c.title = QStringLiteral("Target and actual by year");
    c.targetLabel = QStringLiteral("Target");
    c.actualLabel = QStringLiteral("Actual");
    c.numbers = numbers;
    c.unit = unit;
    c.scale = scale;
    for (size_t i = 0; i < targets.size(); ++i) {
        DocChartPoint p;
        p.year = int(i) + 1;
        p.label = QStringLiteral("Year %1").arg(p.year);
        p.target = targets[i];
        if (i == 0) p.actual = actual;
        c.points.append(p);
    }
    return c;
}

QStringList texts(const FlowRow& row)
{
    QStringList out;
    for (const PdfOp& o : row.ops)
        if (o.kind == PdfOp::Kind::Text) out << QString::fromStdString(o.text);
    return out;
}

} // namespace

TEST_CASE("Every bar carries its figure, future targets included, and a percentage axis shows %")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    const NumberFormat en = NumberFormat::of(Language::En);
    const QStringList t = texts(ChartPainter(f.fonts).paint(
        chart(Unit::Percent, en, NumberFormat::Scale::Units, {50, 65, 80}, 47.5), 340, 118));
    for (const char* figure : {"50.0%", "65.0%", "80.0%", "47.5%"})
        CHECK(t.contains(QString::fromLatin1(figure)));
    CHECK(t.contains(QStringLiteral("100%")));
    CHECK(t.contains(QStringLiteral("0%")));
}

TEST_CASE("A peso axis is scaled and named, and a shared chart groups its figures the shared way")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    DocChart c = chart(Unit::CurrencyCop, NumberFormat::shared(Language::Es), NumberFormat::Scale::Millions,
                       {1234567890.5, 1500000000, 12000000000}, 1102345678.5);
    c.axisTitle = QStringLiteral("COP million / Millones de COP");
    const QStringList t = texts(ChartPainter(f.fonts).paint(c, 340, 118));
    CHECK(t.contains(QStringLiteral("COP million / Millones de COP")));
    CHECK(t.contains(QStringLiteral("1234,6")));
    CHECK(t.contains(QStringLiteral("12") + QChar(0x202F) + QStringLiteral("000,0")));
    for (const QString& s : t) {
        INFO(s.toStdString());
        CHECK_FALSE(s.contains(QStringLiteral("000000")));
        CHECK_FALSE(s.contains(QStringLiteral(".")));
    }
}

TEST_CASE("The target series has 3:1 contrast on white and a hatching that tells it from the actual in grey")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    CHECK(ChartPainter::contrast(ChartPainter::targetInk()) >= 3.0);
    CHECK(ChartPainter::contrast(ChartPainter::actualColor()) >= 3.0);
    const FlowRow row = ChartPainter(f.fonts).paint(
        chart(Unit::Count, NumberFormat::of(Language::En), NumberFormat::Scale::Units, {400, 800}, 312), 340,
        118);
    int hatching = 0, solid = 0;
    for (const PdfOp& o : row.ops) {
        if (o.kind == PdfOp::Kind::HatchRect && o.color == ChartPainter::targetInk()) ++hatching;
        if (o.kind == PdfOp::Kind::Rect && o.color == ChartPainter::actualColor()) ++solid;
        // Nothing is drawn in the pale blue of old (1.9:1 on white).
        CHECK(o.color != 0xA9BCD6u);
    }
    CHECK(hatching == 3); // the legend's swatch and the two targets
    CHECK(solid == 2);    // the legend's swatch and the one actual
}
