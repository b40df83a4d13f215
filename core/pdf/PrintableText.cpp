#include "pdf/PrintableText.h"

#include "util/ResourcePaths.h"

#include <hpdf.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>

#include <vector>

namespace cpc {

namespace {

// The faces whose characters the PDF prints; the regular face decides for all four (PdfFonts::covers).
const char* const kCoverageFaces[] = {"fonts/DejaVuSerif.ttf"};

// The Basic Multilingual Plane characters the faces have, read once per process. libharu draws UTF-16
// units of the BMP only, so a character beyond it is never shown.
std::vector<bool> loadCoverage()
{
    std::vector<bool> covered(0x10000, false);
    HPDF_Doc doc = HPDF_New(nullptr, nullptr);
    if (!doc) return covered;
    HPDF_UseUTFEncodings(doc);
    for (const char* face : kCoverageFaces) {
        const QByteArray path = ResourcePaths::file(QString::fromLatin1(face)).toLocal8Bit();
        const char* name = path.isEmpty() ? nullptr : HPDF_LoadTTFontFromFile(doc, path.constData(), HPDF_FALSE);
        HPDF_Font font = name ? HPDF_GetFont(doc, name, "UTF-8") : nullptr;
        if (!font) continue;
        auto* attr = static_cast<HPDF_FontAttr>(font->attr);
        for (char32_t c = 0x20; c < 0x10000; ++c)
            if (!covered[c] && HPDF_TTFontDef_GetGlyphid(attr->fontdef, HPDF_UINT16(c)) != 0) covered[c] = true;
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
    static const std::vector<bool> covered = loadCoverage(); // thread-safe once
    if (invisible(c) || c == 0xFFFD) return true;
    return c < 0x10000 && covered[c];
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
