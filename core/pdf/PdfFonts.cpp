#include "pdf/PdfFonts.h"

#include "pdf/DenseGlyphMap.h"
#include "pdf/FallbackFont.h"
#include "util/ResourcePaths.h"

#include <algorithm>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>

namespace cpc {

namespace {

// Charis SIL (SIL Open Font License, resources/fonts): a book serif for print with a large x-height and
// full coverage of Spanish, chosen over Liberation Serif and DejaVu Serif (docs/pdf-typesetting.md).
const char* const kFaceFiles[4] = {"fonts/CharisSIL-Regular.ttf", "fonts/CharisSIL-Bold.ttf",
                                   "fonts/CharisSIL-Italic.ttf", "fonts/CharisSIL-BoldItalic.ttf"};

bool hasGlyph(HPDF_Font font, char16_t c)
{
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    return HPDF_TTFontDef_GetGlyphid(attr->fontdef, c) != 0;
}

} // namespace

QString PdfFonts::faceFile(FontStyle s)
{
    return QString::fromLatin1(kFaceFiles[size_t(s)]);
}

Status PdfFonts::load(HPDF_Doc doc)
{
    m_doc = doc;
    for (size_t i = 0; i < 4; ++i) {
        m_paths[i] = ResourcePaths::file(QString::fromLatin1(kFaceFiles[i]));
        if (m_paths[i].isEmpty())
            return Error{tr("the font file is missing; reinstall the program"),
                         QString::fromLatin1(kFaceFiles[i]), Error::Kind::Failed};
        m_advances[i].assign(0x10000, -1);
    }
    // The regular face tells which characters the family has.
    m_fonts[0] = open(m_paths[0]);
    if (!m_fonts[0]) return Error{tr("the font could not be loaded"), m_paths[0], Error::Kind::Failed};
    m_hasGlyph.assign(0x10000, -1);
    m_inFallback.assign(0x10000, -2);
    // U+FFFD where the face has it (Charis SIL does), else a question mark.
    if (hasGlyph(m_fonts[0], 0xFFFD)) m_replacement = QChar(0xFFFD);
    return success();
}

Status PdfFonts::status() const
{
    if (m_failed.isEmpty()) return success();
    return Error{tr("the font could not be loaded"), m_failed, Error::Kind::Failed};
}

HPDF_Font PdfFonts::open(const QString& path) const
{
    const QByteArray local = path.toLocal8Bit();
    const char* name = HPDF_LoadTTFontFromFile(m_doc, local.constData(), HPDF_TRUE);
    if (!name) return nullptr;
    const DenseGlyphMap dense(HPDF_GetFontDef(m_doc, name));
    return HPDF_GetFont(m_doc, name, "UTF-8");
}

HPDF_Font PdfFonts::loadStyle(size_t s) const
{
    if (!m_doc || !m_fonts[0]) return nullptr; // not loaded
    m_fonts[s] = open(m_paths[s]);
    if (!m_fonts[s]) {
        m_failed = m_paths[s];
        m_fonts[s] = m_fonts[0];
    }
    return m_fonts[s];
}

float PdfFonts::measure(FontStyle s, char16_t c) const
{
    const int f = face(s, c);
    short& a = m_advances[size_t(f)][c];
    if (a < 0) {
        a = short(HPDF_Font_GetUnicodeWidth(face(f), c));
        // Measuring marks the glyph for the subset; the fallback faces' composite glyphs need their parts
        // too.
        if (f >= kFallback) m_components[size_t(f - kFallback)].markFor(face(f), c);
    }
    return a;
}

int PdfFonts::inFallback(char16_t c) const
{
    if (m_inFallback.empty()) return -1; // not loaded
    signed char& known = m_inFallback[c];
    if (known > -2) return known;
    known = -1;
    const int f = FallbackFont::faceFor(c);
    if (f < 0) return -1;
    if (!m_fallbackTried[size_t(f)]) {
        m_fallbackTried[size_t(f)] = true;
        const QString path = FallbackFont::path(f);
        // Without the package (or with a damaged file) the characters stay unprintable, as check says.
        HPDF_Font font = path.isEmpty() ? nullptr : open(path);
        if (font && m_components[size_t(f)].load(FallbackFont::path(f)))
            m_advances[size_t(kFallback + f)].assign(0x10000, -1);
        else {
            font = nullptr;
            HPDF_ResetError(m_doc);
        }
        m_fallbacks[size_t(f)] = font;
    }
    if (m_fallbacks[size_t(f)] && hasGlyph(m_fallbacks[size_t(f)], c)) known = static_cast<signed char>(f);
    return known;
}

bool PdfFonts::covers(char16_t c) const
{
    signed char& h = m_hasGlyph[c];
    if (h < 0) h = hasGlyph(m_fonts[0], c) ? 1 : 0;
    return h == 1;
}

float PdfFonts::width(FontStyle s, const QString& text, float size) const
{
    float total = 0;
    for (QChar c : text)
        total += advance(s, c.unicode());
    return total * size / 1000.f;
}

QString PdfFonts::elide(FontStyle s, const QString& text, float size, float width) const
{
    if (this->width(s, text, size) <= width) return text;
    const QChar ellipsis(0x2026);
    const float room = width - this->width(s, ellipsis, size);
    float acc = 0;
    qsizetype n = 0;
    while (n < text.size() && acc + this->width(s, text.at(n), size) <= room)
        acc += this->width(s, text.at(n++), size);
    if (n > 0 && text.at(n - 1).isHighSurrogate()) --n;
    return text.left(n) + ellipsis;
}

QString PdfFonts::abridge(const QString& text, qsizetype maxChars)
{
    if (text.size() <= maxChars) return text;
    qsizetype n = std::max<qsizetype>(0, maxChars - 1);
    if (n > 0 && text.at(n - 1).isHighSurrogate()) --n;
    return text.left(n) + QChar(0x2026);
}

QString PdfFonts::sanitize(const QString& text, bool softHyphens) const
{
    // Nearly every text is printable as it is: it is then returned as it came, without a copy.
    const auto kept = [&](char16_t u) {
        return u >= 0x20 && (u < 0x7F || u >= 0xA0) && (u != 0x00AD || softHyphens) &&
               !(u >= 0xD800 && u <= 0xDFFF) && !(u >= 0x200B && u <= 0x200F) && u != 0xFEFF &&
               (u == 0xFFFD || covers(u) || inFallback(u) >= 0);
    };
    if (std::all_of(text.begin(), text.end(), [&](QChar c) { return kept(c.unicode()); })) return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() || c.isLowSurrogate()) {
            // Characters beyond the BMP (emoji, rare CJK) are outside the font: one mark per character.
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ++i;
            out += m_replacement;
            continue;
        }
        if (u == '\t' || u == '\n' || u == '\r' || u == 0x00A0) {
            out += u == 0x00A0 ? c : QChar(QLatin1Char(' '));
            continue;
        }
        if (u == 0x00AD && softHyphens) {
            out += c;
            continue;
        }
        if (u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0x00AD || u == 0x200B || u == 0xFEFF ||
            (u >= 0x200C && u <= 0x200F))
            continue; // invisible controls and format characters: they carry no text
        if (u == 0xFFFD || covers(u) || inFallback(u) >= 0)
            out += c;
        else
            out += m_replacement;
    }
    return out;
}

} // namespace cpc
