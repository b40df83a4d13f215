#include "pdf/PdfStreams.h"

#include "PdfTestFonts.h"
#include "pdf/DenseGlyphMap.h"
#include "pdf/FallbackFont.h"

#include <catch2/catch.hpp>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_pages.h>
#include <vector>
#include <zlib.h>

using namespace cpc;

namespace {

struct SavedStream {
    QByteArray dict, data;
};

// The streams of a saved document whose dictionary holds `key`, in file order.
std::vector<SavedStream> streamsWith(const QByteArray& pdf, const QByteArray& key)
{
    std::vector<SavedStream> out;
    for (qsizetype at = pdf.indexOf("stream\r\n"); at >= 0; at = pdf.indexOf("stream\r\n", at + 1)) {
        if (at >= 3 && pdf.mid(at - 3, 3) == "end") continue;
        const qsizetype open = pdf.lastIndexOf(" obj", at);
        const qsizetype end = pdf.indexOf("\nendstream", at);
        REQUIRE(open >= 0);
        REQUIRE(end > at);
        const QByteArray dict = pdf.mid(open, at - open);
        if (dict.contains(key)) out.push_back({dict, pdf.mid(at + 8, end - at - 8)});
    }
    return out;
}

QByteArray inflate(const QByteArray& data, qsizetype size)
{
    QByteArray out(size, '\0');
    uLongf n = uLongf(size);
    if (uncompress(reinterpret_cast<Bytef*>(out.data()), &n, reinterpret_cast<const Bytef*>(data.constData()),
                   uLong(data.size())) != Z_OK)
        return {};
    out.resize(qsizetype(n));
    return out;
}

QByteArray save(HPDF_Doc doc)
{
    REQUIRE(HPDF_SaveToStream(doc) == HPDF_OK);
    return PdfStreams::bytes(doc->stream);
}

// Every glyph libharu's search of the face's own map gives, checked against the dense map's.
void checkDense(HPDF_FontDef face)
{
    REQUIRE(face);
    auto* attr = static_cast<HPDF_TTFontDefAttr>(face->attr);
    std::vector<HPDF_UINT16> own(0x10000);
    for (unsigned c = 0; c < 0x10000; ++c)
        own[c] = HPDF_TTFontDef_GetGlyphid(face, HPDF_UINT16(c));
    const HPDF_TTF_CmapRange before = attr->cmap;
    int differ = 0, glyphs = 0;
    {
        const DenseGlyphMap dense(face);
        REQUIRE(dense.active());
        CHECK(attr->cmap.seg_count_x2 == 2);
        for (unsigned c = 0; c < 0x10000; ++c) {
            differ += HPDF_TTFontDef_GetGlyphid(face, HPDF_UINT16(c)) != own[c];
            glyphs += own[c] != 0;
        }
    }
    CHECK(differ == 0);
    CHECK(glyphs > 200);
    // The face's own map is back.
    CHECK(attr->cmap.seg_count_x2 == before.seg_count_x2);
    CHECK(attr->cmap.end_count == before.end_count);
    CHECK(attr->cmap.glyph_id_array == before.glyph_id_array);
    CHECK(attr->cmap.glyph_id_array_count == before.glyph_id_array_count);
}

} // namespace

TEST_CASE("The dense map gives every character the glyph libharu's own search of the face gives")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    for (FontStyle s : {FontStyle::Regular, FontStyle::Bold, FontStyle::Italic, FontStyle::BoldItalic}) {
        INFO("face " << int(s));
        checkDense(static_cast<HPDF_FontAttr>(f.fonts.font(s)->attr)->fontdef);
    }
    // The fallback faces (Chinese and Japanese, Korean), where installed: thousands of segments.
    for (int face = 0; face < FallbackFont::kCount; ++face) {
        const QByteArray path = FallbackFont::path(face).toLocal8Bit();
        if (path.isEmpty()) continue;
        INFO("fallback face " << path.constData());
        const char* name = HPDF_LoadTTFontFromFile(f.doc, path.constData(), HPDF_TRUE);
        REQUIRE(name);
        checkDense(HPDF_GetFontDef(f.doc, name));
    }
}

TEST_CASE("A face is loaded the first time a text needs it, the regular one at once")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    CHECK(f.fonts.loadedFace(int(FontStyle::Regular)));
    CHECK_FALSE(f.fonts.loadedFace(int(FontStyle::Bold)));
    CHECK_FALSE(f.fonts.loadedFace(int(FontStyle::Italic)));
    CHECK_FALSE(f.fonts.loadedFace(int(FontStyle::BoldItalic)));
    const float bold = f.fonts.width(FontStyle::Bold, QStringLiteral("Objetivo"), 10);
    CHECK(bold > f.fonts.width(FontStyle::Regular, QStringLiteral("Objetivo"), 10));
    CHECK(f.fonts.loadedFace(int(FontStyle::Bold)));
    CHECK_FALSE(f.fonts.loadedFace(int(FontStyle::BoldItalic)));
    CHECK(f.fonts.status().ok());
}

TEST_CASE("A page's content goes out deflated at the fast level and marked FlateDecode")
{
    HPDF_Doc doc = HPDF_New(nullptr, nullptr);
    REQUIRE(doc);
    HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
    HPDF_Page page = HPDF_AddPage(doc);
    REQUIRE(page);
    std::string content;
    for (int i = 0; i < 300; ++i)
        content += "BT 72 " + std::to_string(700 - i) + " Td (line " + std::to_string(i) + ") Tj ET\n";
    auto* contents = static_cast<HPDF_PageAttr>(page->attr)->contents;
    REQUIRE(PdfStreams::write(contents, content));
    CHECK(contents->filter == HPDF_STREAM_FILTER_NONE); // libharu does not compress it again

    const QByteArray pdf = save(doc);
    HPDF_Free(doc);
    const auto flate = streamsWith(pdf, "/FlateDecode");
    REQUIRE(flate.size() == 1);
    CHECK(flate[0].dict.contains("/Filter /FlateDecode"));
    CHECK(inflate(flate[0].data, qsizetype(content.size())).toStdString() == content);
    // zlib's fastest level, not libharu's default one.
    uLongf size = compressBound(uLong(content.size()));
    QByteArray fast(qsizetype(size), '\0');
    REQUIRE(compress2(reinterpret_cast<Bytef*>(fast.data()), &size,
                      reinterpret_cast<const Bytef*>(content.data()), uLong(content.size()),
                      PdfStreams::kLevel) == Z_OK);
    fast.resize(qsizetype(size));
    CHECK(flate[0].data == fast);
}

TEST_CASE("The embedded font programs go out deflated by us and read back as TrueType subsets")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    HPDF_SetCompressionMode(f.doc, HPDF_COMP_ALL);
    // Measuring marks the glyphs the subsets keep.
    f.fonts.width(FontStyle::Regular, QStringLiteral("Protección integral"), 10);
    f.fonts.width(FontStyle::Italic, QStringLiteral("niñas y niños"), 10);
    REQUIRE(PdfStreams::compressFonts(f.fonts));
    REQUIRE(PdfStreams::compressFonts(f.fonts)); // a second time changes nothing

    const QByteArray pdf = save(f.doc);
    const auto programs = streamsWith(pdf, "/Length1 ");
    REQUIRE(programs.size() == 2); // regular and italic: bold and bold italic were never needed
    for (const SavedStream& s : programs) {
        CHECK(s.dict.contains("/Filter /FlateDecode"));
        const qsizetype at = s.dict.indexOf("/Length1 ") + 9;
        const qsizetype length = s.dict.mid(at, s.dict.indexOf('\n', at) - at).trimmed().toLongLong();
        REQUIRE(length > 1000);
        const QByteArray program = inflate(s.data, length);
        REQUIRE(program.size() == length);
        CHECK(program.left(4) == QByteArray("\x00\x01\x00\x00", 4));
    }
    // The glyph and text maps too: nothing is left for libharu's own compression (its filter is an array).
    const auto deflated = streamsWith(pdf, "FlateDecode");
    CHECK(deflated.size() == 6);
    for (const SavedStream& s : deflated) {
        INFO(s.dict.toStdString());
        CHECK(s.dict.contains("/Filter /FlateDecode"));
    }
}
