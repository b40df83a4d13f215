#pragma once

#include "pdf/PdfOp.h"

#include <array>
#include <string>
#include <utility>

namespace cpc {

// Writes a page's drawing instructions as PDF content-stream operators: shapes first, then all text in
// one text object. Text goes out as the two-byte codes of the document's fonts (their codes are the
// Unicode values) in literal strings, and a justified line as one TJ whose numbers widen its spaces, so
// that it extracts with real spaces. libharu writes each string in hexadecimal and each word of a
// justified line on its own, which made its text calls and the compression of twice the bytes most of
// the export's time.
class PdfContentWriter {
public:
    // `fontNames[s]` is the page's resource name of face `s`; only faces used by the ops are needed.
    PdfContentWriter(const PdfFonts& fonts, float pageHeight, std::array<std::string, 4> fontNames)
        : m_fonts(fonts), m_height(pageHeight), m_fontNames(std::move(fontNames))
    {
    }

    std::string write(const PdfOps& ops) const;
    // The faces the ops draw text in, as a bit per FontStyle.
    static unsigned facesUsed(const PdfOps& ops);

private:
    void shapes(const PdfOps& ops, std::string& out) const;
    void text(const PdfOps& ops, std::string& out) const;
    // A UTF-8 text as a literal string of two-byte codes; with `spacing`, a TJ array that adds it after
    // each space. Marks every glyph as used so that the embedded subset holds it.
    void showText(const PdfOp& o, std::string& out) const;

    const PdfFonts& m_fonts;
    float m_height;
    std::array<std::string, 4> m_fontNames;
};

} // namespace cpc
