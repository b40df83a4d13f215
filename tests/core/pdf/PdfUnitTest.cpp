#include "pdf/MarkdownParser.h"
#include "pdf/PdfFlow.h"
#include "pdf/PdfLocale.h"

#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("Markdown narratives become paragraphs, list items and styled runs")
{
    const auto blocks = MarkdownParser::parse(
        QStringLiteral("Some **bold** and *italic* with a [link](https://example.org).\n\n### Sub\n\n1. "
                       "one\n   - inner\n2. two\n\n<b>kept</b>"));
    REQUIRE(blocks.size() == 6);
    CHECK(blocks[0].runs.size() == 7);
    CHECK(blocks[0].runs[1].bold);
    CHECK(blocks[0].runs[3].italic);
    CHECK(blocks[0].runs[5].link == QLatin1String("https://example.org"));
    CHECK(blocks[1].kind == MdBlock::Kind::Subheading);
    CHECK(blocks[2].marker == QLatin1String("1."));
    CHECK(blocks[3].depth == 2);
    CHECK(blocks[3].marker == QStringLiteral("•"));
    CHECK(blocks[4].marker == QLatin1String("2."));
    CHECK(blocks[5].runs[0].text.contains(QLatin1String("<b>kept</b>")));
}

TEST_CASE("Numbers, percentages and dates are written for each language")
{
    const PdfLocale en(Language::En), es(Language::Es);
    CHECK(en.number(1234.5) == QLatin1String("1,234.5"));
    CHECK(es.number(1234.5) == QLatin1String("1.234,5"));
    CHECK(en.number(312) == QLatin1String("312"));
    CHECK(es.number(1234567) == QLatin1String("1.234.567"));
    CHECK(en.percent(78) == QLatin1String("78.0%"));
    CHECK(es.percent(78.04) == QStringLiteral("78,0\u00A0%"));
    CHECK(en.date(QStringLiteral("2022-04-26")) == QLatin1String("April 26, 2022"));
    CHECK(es.date(QStringLiteral("2022-04-26")) == QLatin1String("26 de abril de 2022"));
    CHECK(es.text("page_of").arg(3).arg(9) == QStringLiteral("Página 3 de 9"));
}

namespace {
FlowBlock lines(int n, float h = 10)
{
    FlowBlock b;
    for (int i = 0; i < n; ++i)
        b.rows.push_back(FlowRow{h, {PdfOp::makeText(0, 8, FontStyle::Regular, 8, "w", 5)}});
    return b;
}
} // namespace

TEST_CASE("The flow keeps headings with their text and leaves no widows or orphans")
{
    const PdfFlow flow(0, 0, 100, 100); // ten rows of 10 per page
    std::vector<FlowPage> pages;
    std::vector<HeadingMark> marks(1);
    std::vector<FlowBlock> blocks;
    blocks.push_back(lines(9));
    FlowBlock heading = lines(1);
    heading.keepWithNext = true;
    heading.heading = 0;
    blocks.push_back(heading);
    blocks.push_back(lines(5));
    flow.flow(blocks, pages, marks);
    REQUIRE(pages.size() == 2);
    CHECK(marks[0].page == 1); // the heading did not stay alone at the foot of page 1

    // A paragraph of 4 lines with room for 3: one line would be left alone on the next page, so two go.
    pages.clear();
    blocks.clear();
    blocks.push_back(lines(7));
    blocks.push_back(lines(4));
    std::vector<HeadingMark> none;
    flow.flow(blocks, pages, none);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].ops.size() == 9);
    CHECK(pages[1].ops.size() == 2);
}

TEST_CASE("A table split across pages repeats its header row")
{
    const PdfFlow flow(0, 0, 100, 100);
    FlowBlock table;
    table.headerRows = 1;
    for (int i = 0; i < 25; ++i) {
        FlowRow r{10, {}};
        r.ops.push_back(PdfOp::makeText(0, 5, FontStyle::Regular, 8, i == 0 ? "HEADER" : "row", 10));
        table.rows.push_back(r);
    }
    std::vector<FlowBlock> blocks{table};
    std::vector<FlowPage> pages;
    std::vector<HeadingMark> marks;
    flow.flow(blocks, pages, marks);
    REQUIRE(pages.size() == 3);
    for (const FlowPage& p : pages) {
        REQUIRE_FALSE(p.ops.empty());
        CHECK(p.ops.front().text == "HEADER");
        for (const PdfOp& o : p.ops)
            CHECK(o.y <= 100);
    }
}
