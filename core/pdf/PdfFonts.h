#pragma once

#include "util/Result.h"

#include <hpdf.h>

#include <QCoreApplication>
#include <QString>

#include <array>
#include <string>
#include <vector>

namespace cpc {

enum class FontStyle : unsigned char { Regular, Bold, Italic, BoldItalic };

inline FontStyle fontStyle(bool bold, bool italic)
{
    return bold ? (italic ? FontStyle::BoldItalic : FontStyle::Bold) : (italic ? FontStyle::Italic : FontStyle::Regular);
}

// The four faces of the document's font family, loaded into one libharu document and embedded, with fast
// text measurement (advances cached per character) and clean-up of text the font cannot show.
class PdfFonts {
    Q_DECLARE_TR_FUNCTIONS(cpc::PdfFonts)
public:
    Status load(HPDF_Doc doc);

    HPDF_Font font(FontStyle s) const { return m_fonts[size_t(s)]; }
    // Width in points of `text` at `size`; `text` must be sanitised.
    float width(FontStyle s, const QString& text, float size) const;
    float width(FontStyle s, QChar c, float size) const;
    // Text the PDF can show and extract: invalid or lone surrogates, control characters and characters
    // the font lacks become a replacement mark, so nothing prints as garbage or vanishes silently.
    QString sanitize(const QString& text) const;
    // `text` (sanitised) cut to fit `width`, ending in an ellipsis where it was cut. Linear in the text.
    QString elide(FontStyle s, const QString& text, float size, float width) const;
    // At most `maxChars` characters of `text`, ending in an ellipsis where it was cut: what a place that
    // shows a title only as a label (a bookmark, the document's properties) takes of a very long one.
    static QString abridge(const QString& text, qsizetype maxChars);
    // Records that `c` is drawn in face `s`: libharu embeds only the glyphs it has been asked about.
    void markUsed(FontStyle s, char16_t c) const { advance(s, c); }

private:
    float advance(FontStyle s, char16_t c) const;
    bool covers(char16_t c) const;

    std::array<HPDF_Font, 4> m_fonts{};
    // Advance widths in 1/1000 em for the Basic Multilingual Plane, filled on first use (-1: not yet).
    mutable std::array<std::vector<short>, 4> m_advances;
    mutable std::vector<signed char> m_hasGlyph; // per BMP character of the regular face, -1: not yet known
    QChar m_replacement = QLatin1Char('?');
};

} // namespace cpc
