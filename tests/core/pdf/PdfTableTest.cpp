#include "pdf/PdfTable.h"

#include "PdfTestFonts.h"
#include "PdfToolCheck.h"
#include "pdf/Hyphenator.h"
#include "pdf/PdfExporter.h"
#include "pdf/PdfFlow.h"
#include "support/TestSupport.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

PdfTable figures(const PdfFonts& fonts, int rows)
{
    PdfTable t(fonts, 300, 8);
    t.setColumns(
        {TableColumn{QStringLiteral("Indicator"), 3, false}, TableColumn{QStringLiteral("Target"), 1, true}});
    for (int i = 0; i < rows; ++i)
        t.addRow({TableCell(QStringLiteral("Row %1").arg(i)), TableCell(QString::number(1000 + i))});
    return t;
}

// The ops whose text is `text`.
std::vector<PdfOp> find(const PdfOps& ops, const std::string& text)
{
    std::vector<PdfOp> out;
    for (const PdfOp& o : ops)
        if (o.kind == PdfOp::Kind::Text && o.text == text) out.push_back(o);
    return out;
}

} // namespace

TEST_CASE("A figure column's header stands on the same right edge as its figures")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    const FlowBlock block = figures(f.fonts, 3).build(500);
    REQUIRE(block.rows.size() == 4);
    const auto header = find(block.rows[0].ops, "Target");
    const auto figure = find(block.rows[1].ops, "1000");
    REQUIRE(header.size() == 1);
    REQUIRE(figure.size() == 1);
    CHECK(header[0].x + header[0].w == Approx(figure[0].x + figure[0].w).margin(0.01));
    CHECK(header[0].x > 225); // in the right-hand column (from 225 to 300), not at its left edge
    // A text column keeps its header on the left, over its text.
    const auto left = find(block.rows[0].ops, "Indicator");
    REQUIRE(left.size() == 1);
    CHECK(left[0].x == Approx(find(block.rows[1].ops, "Row 0")[0].x));
}

TEST_CASE(
    "A table never leaves its header with a single row at the foot of a page, nor one row alone on the next")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    const FlowBlock table = figures(f.fonts, 6).build(500);
    const float rowHeight = table.rows[1].height;
    const float headerHeight = table.rows[0].height;
    // A paragraph leaves room for the header and one row and a half at the foot of the first page.
    const float frame = 400;
    FlowBlock filler;
    filler.rows.push_back(FlowRow{frame - headerHeight - 1.5f * rowHeight, {}});
    filler.rows.back().ops.push_back(PdfOp::makeText(0, 5, FontStyle::Regular, 8, "filler", 10));
    std::vector<FlowBlock> blocks{filler, table};
    blocks[1].spaceBefore = 0;
    std::vector<FlowPage> pages;
    std::vector<HeadingMark> marks;
    PdfFlow(0, 0, 300, frame).flow(blocks, pages, marks);
    REQUIRE(pages.size() == 2);
    CHECK(find(pages[0].ops, "Target").empty()); // the whole table went to the next page
    CHECK(find(pages[1].ops, "Row 0").size() == 1);

    // Room for the header and five rows of six: two rows go over, under the repeated header.
    blocks = {filler, figures(f.fonts, 6).build(500)};
    blocks[0].rows[0].height = frame - headerHeight - 5.5f * rowHeight;
    blocks[1].spaceBefore = 0;
    pages.clear();
    PdfFlow(0, 0, 300, frame).flow(blocks, pages, marks);
    REQUIRE(pages.size() == 2);
    CHECK(find(pages[0].ops, "Row 3").size() == 1);
    CHECK(find(pages[0].ops, "Row 4").empty());
    CHECK(find(pages[1].ops, "Target").size() == 1);
    CHECK(find(pages[1].ops, "Row 4").size() == 1);
    CHECK(find(pages[1].ops, "Row 5").size() == 1);
}

namespace {

// Every word of a cell's text is whole on one line of the cell: found inside one text op of its column.
void expectWordsWhole(const FlowBlock& block, const std::vector<std::vector<QString>>& rows)
{
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t c = 0; c < rows[r].size(); ++c)
            for (const QString& word : rows[r][c].split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                bool found = false;
                for (const FlowRow& row : block.rows)
                    for (const PdfOp& o : row.ops)
                        if (o.kind == PdfOp::Kind::Text && o.cell == short(c) &&
                            QString::fromStdString(o.text).split(QLatin1Char(' ')).contains(word))
                            found = true;
                INFO("row " << r << " column " << c << " word " << word.toStdString());
                CHECK(found);
            }
}

} // namespace

TEST_CASE("A figure column is as wide as its widest figure and no word of a label is cut")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    const QString nb(QChar(0x00A0));
    PdfTable t(f.fonts, 300, 7.5f);
    t.setColumns({TableColumn{QStringLiteral("Indicator"), 3, false},
                  TableColumn{QStringLiteral("Unit"), 1.2f, false},
                  TableColumn{QStringLiteral("Target"), 1.2f, true},
                  TableColumn{QStringLiteral("Actual"), 1.2f, true}});
    const std::vector<std::vector<QString>> rows = {
        {QStringLiteral("2.2 Share of victims with an individual safety plan"), QStringLiteral("Porcentaje"),
         QStringLiteral("COP") + nb + QStringLiteral("1.234.567.890"),
         QStringLiteral("95,0") + nb + QStringLiteral("%")},
        {QStringLiteral("3.2 Funds"), QStringLiteral("Colombian pesos"),
         QStringLiteral("COP") + nb + QStringLiteral("4.567.890"),
         QStringLiteral("108,7") + nb + QStringLiteral("%")}};
    for (const auto& r : rows)
        t.addRow({TableCell(r[0]), TableCell(r[1]), TableCell(r[2]), TableCell(r[3])});
    const std::vector<float> widths = t.columnWidths();
    REQUIRE(widths.size() == 4);
    float sum = 0;
    for (float w : widths)
        sum += w;
    CHECK(sum == Approx(300).margin(0.5));
    CHECK(widths[2] >= f.fonts.width(FontStyle::Regular, rows[0][2], 7.5f) + 6);
    CHECK(widths[1] >= f.fonts.width(FontStyle::Regular, QStringLiteral("Porcentaje"), 7.5f) + 6);
    const FlowBlock block = t.build(500);
    expectWordsWhole(block, rows);
    // Each figure on one line: one text op in its column per row.
    for (size_t r = 1; r < block.rows.size(); ++r) {
        int figures = 0;
        for (const PdfOp& o : block.rows[r].ops)
            if (o.kind == PdfOp::Kind::Text && o.cell == 2) ++figures;
        CHECK(figures == 1);
    }
}

TEST_CASE("A word too wide for any share of the table is set smaller, never cut")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    PdfTable t(f.fonts, 150, 8);
    t.setColumns({TableColumn{QStringLiteral("A"), 1, false}, TableColumn{QStringLiteral("B"), 1, false},
                  TableColumn{QStringLiteral("C"), 1, true}});
    const std::vector<std::vector<QString>> rows = {
        {QStringLiteral("Desagregación"), QStringLiteral("Nacionalidad"), QStringLiteral("1.234.567")}};
    t.addRow({TableCell(rows[0][0]), TableCell(rows[0][1]), TableCell(rows[0][2])});
    const FlowBlock block = t.build(500);
    expectWordsWhole(block, rows);
    bool smaller = false;
    for (const PdfOp& o : block.rows[1].ops)
        if (o.kind == PdfOp::Kind::Text && o.size < 8) smaller = true;
    CHECK(smaller);
    for (const PdfOp& o : block.rows[1].ops)
        CHECK(o.x + o.w <= 150.5f);
}

TEST_CASE("A word wider than its column breaks only where its language hyphenates it, and a figure never")
{
    // Two words no table could give their width (the tracking table's name and explanation columns),
    // printed in Spanish and read back from the PDF.
    const QString name = QStringLiteral("institucionalizacionesanticonstitucionalmente");
    const QString explanation = QStringLiteral("electroencefalografistasdesinstitucionalizados");
    Report r = sampleReport();
    Indicator* ind = r.indicator(QStringLiteral("1.1"));
    REQUIRE(ind);
    ind->name = BiText(QStringLiteral("Trained people"),
                       QStringLiteral("Porcentaje de ") + name + QStringLiteral(" capacitadas"));
    ind->varianceExplanation[r.info.reportingYear] =
        BiText(QStringLiteral("Delay"), QStringLiteral("Demora por ") + explanation);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("long-words.pdf"));
    PdfOptions o;
    o.languages = PdfOptions::Languages::Es;
    o.final = true;
    REQUIRE(PdfExporter::exportReport(r, path, o).ok());
    const std::vector<PdfToolCheck::Word> words = PdfToolCheck(path).words();
    const QChar softHyphen(0x00AD);
    for (const QString& long_ : {name, explanation}) {
        // The first piece ends with the hyphen of a break; the others follow it down the same column.
        const auto first = std::find_if(words.begin(), words.end(), [&](const PdfToolCheck::Word& w) {
            return w.text.size() > 1 && w.text.endsWith(softHyphen) && long_.startsWith(w.text.chopped(1));
        });
        INFO(long_.toStdString());
        REQUIRE(first != words.end());
        QString joined;
        std::vector<int> cuts;
        double line = first->yMin - 1;
        for (auto w = first; w != words.end() && joined.size() < long_.size(); ++w) {
            const bool broken = w->text.endsWith(softHyphen);
            const QString piece = broken ? w->text.chopped(1) : w->text;
            // The next line of the same cell: lower on the page, going on with the word.
            if (w->page != first->page || w->yMin <= line || piece.isEmpty() ||
                !QStringView(long_).mid(joined.size()).startsWith(piece))
                continue;
            line = w->yMin;
            joined += piece;
            if (broken) cuts.push_back(int(joined.size()));
        }
        CHECK(joined.toStdString() == long_.toStdString());
        REQUIRE(!cuts.empty());
        const std::vector<int>& points = Hyphenator::points(long_, Language::Es);
        for (int cut : cuts)
            CHECK(std::find(points.begin(), points.end(), cut) != points.end());
    }
    // The other columns keep their words and figures whole: the long words' columns gave way.
    QStringList texts;
    for (const PdfToolCheck::Word& w : words)
        texts << w.text;
    for (const char* whole : {"Número", "Rezagada", "400", "312"}) {
        INFO(whole);
        CHECK(texts.contains(QString::fromUtf8(whole)));
    }
}
