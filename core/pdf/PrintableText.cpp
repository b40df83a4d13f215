#include "pdf/PrintableText.h"

#include "pdf/FallbackFont.h"
#include "pdf/PdfFonts.h"
#include "util/ResourcePaths.h"

#include <hpdf.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <vector>

namespace cpc {

namespace {

// The Basic Multilingual Plane characters a face has (all of them, or those `only` accepts), read once per
// process. libharu draws UTF-16 units of the BMP only, so a character beyond it is never shown.
std::vector<bool> loadCoverage(const QString& path, bool (*only)(char32_t))
{
    std::vector<bool> covered(0x10000, false);
    if (path.isEmpty()) return covered;
    HPDF_Doc doc = HPDF_New(nullptr, nullptr);
    if (!doc) return covered;
    HPDF_UseUTFEncodings(doc);
    const QByteArray local = path.toLocal8Bit();
    const char* name = HPDF_LoadTTFontFromFile(doc, local.constData(), HPDF_FALSE);
    HPDF_Font font = name ? HPDF_GetFont(doc, name, "UTF-8") : nullptr;
    if (font) {
        auto* attr = static_cast<HPDF_FontAttr>(font->attr);
        for (char32_t c = 0x20; c < 0x10000; ++c)
            if ((!only || only(c)) && HPDF_TTFontDef_GetGlyphid(attr->fontdef, HPDF_UINT16(c)) != 0)
                covered[c] = true;
    }
    HPDF_Free(doc);
    return covered;
}

bool invisible(char32_t u)
{
    return u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0x00AD || u == 0x200B || u == 0xFEFF ||
           (u >= 0x200C && u <= 0x200F) || u == 0x00A0;
}

} // namespace

bool PrintableText::canShow(char32_t c)
{
    // The faces PdfFonts draws with: the family's regular face decides for all four styles
    // (PdfFonts::covers), the fallback face for the scripts it may print (PdfFonts::inFallback). Each read
    // once, thread-safe.
    static const std::vector<bool> family =
        loadCoverage(ResourcePaths::file(PdfFonts::faceFile(FontStyle::Regular)), nullptr);
    if (invisible(c) || c == 0xFFFD) return true;
    if (c >= 0x10000) return false;
    if (family[c]) return true;
    const int f = FallbackFont::faceFor(c);
    if (f < 0) return false;
    static const std::vector<bool> cjk =
        loadCoverage(FallbackFont::path(FallbackFont::Cjk), &FallbackFont::suits);
    static const std::vector<bool> hangul =
        loadCoverage(FallbackFont::path(FallbackFont::Hangul), &FallbackFont::suits);
    return (f == FallbackFont::Cjk ? cjk : hangul)[c];
}

std::optional<qsizetype> PrintableText::firstUnshown(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() < 0x7F && c.unicode() >= 0x20) continue; // ASCII: always in the faces
        char32_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            u = QChar::surrogateToUcs4(c, text[i + 1]);
        if (!canShow(u)) return i;
        if (u > 0xFFFF) ++i;
    }
    return std::nullopt;
}

} // namespace cpc
