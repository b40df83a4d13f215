#include "pdf/PdfContentWriter.h"

#include "PdfTestFonts.h"
#include "pdf/LineBreaker.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>

using namespace cpc;

namespace {

const std::array<std::string, PdfFonts::kFaces> kNames{"F1", "F2", "F3", "F4", "F5", "F6"};

bool glyphUsed(const PdfFonts& fonts, FontStyle s, char16_t c)
{
    auto* attr = static_cast<HPDF_FontAttr>(fonts.font(s)->attr);
    auto* def = static_cast<HPDF_TTFontDefAttr>(attr->fontdef->attr);
    return def->glyph_tbl.flgs[HPDF_TTFontDef_GetGlyphid(attr->fontdef, c)] != 0;
}

} // namespace

TEST_CASE("A justified line is one text whose spaces are widened or narrowed, flush with the measure")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    LineBreaker::Style st;
    st.width = 400;
    const auto lines = LineBreaker(f.fonts).layout(
        QStringLiteral(
            "The partnership prioritises four forms of child trafficking: sex trafficking in the context of "
            "tourism, livestreamed online sexual exploitation, forced begging, and forced recruitment into "
            "illegal armed groups. Work on each of them went on in every department of the country, with "
            "the implementing partners and the entities of the committee."),
        FontStyle::Regular, st);
    REQUIRE(lines.size() > 2);
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
        INFO("line " << i);
        REQUIRE(lines[i].ops.size() == 1);
        const PdfOp& o = lines[i].ops.front();
        // Widened, or narrowed by at most a fifth of a space where that sets the paragraph better.
        CHECK(o.spacing != 0);
        CHECK(o.spacing > -0.2f * f.fonts.width(FontStyle::Regular, QChar(QLatin1Char(' ')), st.size) * 1.1f);
        CHECK(o.text.find(' ') != std::string::npos);
        CHECK(o.x + o.w == Approx(400).margin(0.01));
    }
    CHECK(lines.back().ops.front().spacing == 0); // the last line keeps its natural spaces

    const auto widest =
        std::max_element(lines.begin(), lines.end(), [](const TextLine& a, const TextLine& b) {
            return a.ops.front().spacing < b.ops.front().spacing;
        });
    REQUIRE(widest->ops.front().spacing > 0);
    const std::string content = PdfContentWriter(f.fonts, 792, kNames).write(widest->ops);
    CHECK(content.find("/F1 10.5 Tf") != std::string::npos);
    CHECK(content.find("[(") != std::string::npos);
    CHECK(content.find(")]TJ") != std::string::npos);
    // The widening comes after each space (a negative number moves the next word right).
    CHECK(content.find(std::string("\0 )-", 4)) != std::string::npos);
}

TEST_CASE("Text goes out as two-byte codes with the literal string's delimiters escaped")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    PdfOps ops{PdfOp::makeText(72, 100, FontStyle::Bold, 12, "(a\\é)", 30, 0x1F4E99)};
    ops.push_back(PdfOp::makeRect(10, 20, 30, 40, 0xFF0000));
    const std::string content = PdfContentWriter(f.fonts, 792, kNames).write(ops);
    const std::string expected = std::string("(\0\\(\0a\0\\\\\0\xE9\0\\))Tj\n", 17);
    CHECK(content.find(expected) != std::string::npos);
    CHECK(content.find("/F2 12 Tf") != std::string::npos);
    CHECK(content.find("72 692 Td") != std::string::npos); // from the top-left corner to PDF's bottom-left
    CHECK(content.find(".122 .306 .6 rg") != std::string::npos); // the link colour
    CHECK(content.find("1 0 0 rg\n10 732 30 40 re f") != std::string::npos);
    CHECK(content.find("re f") < content.find("BT")); // shapes under the text
    CHECK(PdfContentWriter::facesUsed(ops, f.fonts) == 1u << unsigned(FontStyle::Bold));
}

TEST_CASE("Every character written is a glyph the embedded font subset keeps")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    const char16_t zhe = u'Ж';
    REQUIRE_FALSE(glyphUsed(f.fonts, FontStyle::Italic, zhe));
    const PdfOps ops{PdfOp::makeText(0, 0, FontStyle::Italic, 10, QString(QChar(zhe)).toStdString(), 8)};
    PdfContentWriter(f.fonts, 792, kNames).write(ops);
    CHECK(glyphUsed(f.fonts, FontStyle::Italic, zhe));
    CHECK_FALSE(glyphUsed(f.fonts, FontStyle::Regular, zhe)); // only in the face it was drawn in
}

TEST_CASE(
    "A hatched rectangle is one fill with the page's pattern, and the fill colour is set again after it")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    const PdfOps ops{PdfOp::makeHatch(10, 20, 16, 40, 0x4A6A8F, 0.7f, 4.f),
                     PdfOp::makeRect(0, 0, 10, 10, 0x000000)};
    const std::string content = PdfContentWriter(f.fonts, 792, kNames).write(ops);
    const size_t fill = content.find("q /Pattern cs /H1 scn\n10 732 16 40 re f\nQ\n");
    REQUIRE(fill != std::string::npos);
    // The rectangle after it is black, the colour the writer assumes at the start: Q restored it.
    CHECK(content.find(" rg", fill) == std::string::npos);
    CHECK(content.find("re f", fill + 30) != std::string::npos);
}
