#pragma once

#include "pdf/GlyphComponents.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <array>
#include <hpdf.h>
#include <string>
#include <vector>

namespace cpc {

enum class FontStyle : unsigned char { Regular, Bold, Italic, BoldItalic };

inline FontStyle fontStyle(bool bold, bool italic)
{
    return bold ? (italic ? FontStyle::BoldItalic : FontStyle::Bold)
                : (italic ? FontStyle::Italic : FontStyle::Regular);
}

// The four faces of the document's font family, loaded into one libharu document and embedded, with fast
// text measurement (advances cached per character) and clean-up of text the font cannot show. Characters
// the family lacks but a fallback face prints (FallbackFont: Chinese, Japanese, Korean) are measured and
// drawn in that face, whatever the style. A face is loaded the first time a text needs it (the regular
// one at once): libharu's set-up of a face is costly, and many reports never set bold italic.
class PdfFonts {
    Q_DECLARE_TR_FUNCTIONS(cpc::PdfFonts)
public:
    // Face numbers: the four FontStyle values, then the fallback faces (kFallback + FallbackFont::Face).
    static constexpr int kFallback = 4;
    static constexpr int kFaces = 6;

    Status load(HPDF_Doc doc);
    // The face's file among the program's resources ("fonts/…").
    static QString faceFile(FontStyle s);

    HPDF_Font font(FontStyle s) const { return styleFace(size_t(s)); }
    // Face number `f`: a style's face (loaded now if no text needed it yet), or a fallback face once a
    // text needed it (nullptr before, or when it is not installed).
    HPDF_Font face(int f) const
    {
        return f < kFallback ? styleFace(size_t(f)) : m_fallbacks[size_t(f - kFallback)];
    }
    // Face number `f` if it has been loaded, else nullptr: what goes into the document.
    HPDF_Font loadedFace(int f) const
    {
        return f < kFallback ? m_fonts[size_t(f)] : m_fallbacks[size_t(f - kFallback)];
    }
    // Failure to load a face after `load` (a damaged file); the export reports it.
    Status status() const;
    // The face `c` is drawn in when its text is in style `s`: `s` itself, or a fallback face.
    int face(FontStyle s, char16_t c) const
    {
        if (c < 0x2E80 || covers(c)) return int(s);
        const int f = inFallback(c);
        return f < 0 ? int(s) : kFallback + f;
    }
    // Whether any fallback face has been loaded (texts need not be searched for its characters otherwise).
    bool anyFallback() const { return m_fallbacks[0] || m_fallbacks[1]; }
    // Width in points of `text` at `size`; `text` must be sanitised.
    float width(FontStyle s, const QString& text, float size) const;
    float width(FontStyle s, QChar c, float size) const { return advance(s, c.unicode()) * size / 1000.f; }
    // Text the PDF can show and extract: invalid or lone surrogates, control characters and characters
    // the font lacks become a replacement mark, so nothing prints as garbage or vanishes silently.
    // Soft hyphens stay where `softHyphens` (text the LineBreaker sets, which breaks lines there).
    QString sanitize(const QString& text, bool softHyphens = false) const;
    // `text` (sanitised) cut to fit `width`, ending in an ellipsis where it was cut. Linear in the text.
    QString elide(FontStyle s, const QString& text, float size, float width) const;
    // At most `maxChars` characters of `text`, ending in an ellipsis where it was cut: what a place that
    // shows a title only as a label (a bookmark, the document's properties) takes of a very long one.
    static QString abridge(const QString& text, qsizetype maxChars);
    // Records that `c` is drawn in face `s`: libharu embeds only the glyphs it has been asked about.
    void markUsed(FontStyle s, char16_t c) const { advance(s, c); }

private:
    // The face of style `s`, loaded the first time; the regular face stands in for one that fails.
    HPDF_Font styleFace(size_t s) const { return m_fonts[s] ? m_fonts[s] : loadStyle(s); }
    HPDF_Font loadStyle(size_t s) const;
    // A TrueType file as a libharu font for the UTF-8 encoder, embedded; nullptr when libharu refuses it.
    HPDF_Font open(const QString& path) const;
    // Advance widths are asked for every character of every text: the known ones inline.
    float advance(FontStyle s, char16_t c) const
    {
        // Below the fallback faces' scripts a character is always drawn in its style's face.
        if (c < 0x2E80) {
            const short a = m_advances[size_t(s)][c];
            if (a >= 0) return a;
        }
        return measure(s, c);
    }
    // The advance of `c` asked of libharu the first time (measuring marks the glyph for the subset).
    float measure(FontStyle s, char16_t c) const;
    bool covers(char16_t c) const;
    // The fallback face (FallbackFont::Face) that prints `c`, or -1; a face is loaded the first time a
    // character of its scripts comes.
    int inFallback(char16_t c) const;

    HPDF_Doc m_doc = nullptr;
    std::array<QString, 4> m_paths;
    mutable std::array<HPDF_Font, 4> m_fonts{};
    mutable QString m_failed; // the file of a face that could not be loaded
    mutable std::array<HPDF_Font, 2> m_fallbacks{};
    mutable std::array<bool, 2> m_fallbackTried{};
    mutable std::array<GlyphComponents, 2> m_components;
    // Advance widths in 1/1000 em for the Basic Multilingual Plane, per face, filled on first use (-1: not
    // yet).
    mutable std::array<std::vector<short>, kFaces> m_advances;
    mutable std::vector<signed char> m_hasGlyph; // per BMP character of the regular face, -1: not yet known
    mutable std::vector<signed char>
        m_inFallback; // per BMP character: its fallback face, -1 none, -2 not yet known
    QChar m_replacement = QLatin1Char('?');
};

} // namespace cpc
