#pragma once

#include "pdf/PdfOp.h"
#include "pdf/PdfStructure.h"

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
//
// Tagged: ops without a structure element (rules, fills, running heads, marks) go first, as one artifact;
// then each run of an element's content as a marked-content sequence with its MCID, reported to the
// structure. The content of a language passage is written together: in the parallel layout a page
// holds all of a passage's English lines, then all of its Spanish ones, whatever their place, so that
// text extraction and reading order give one language at a time.
class PdfContentWriter {
public:
    // `fontNames[f]` is the page's resource name of face `f` (PdfFonts' face numbers); only faces used by
    // the ops are needed. `structure` (optional) takes the page's marked content as page number `page`.
    PdfContentWriter(const PdfFonts& fonts, float pageHeight,
                     std::array<std::string, PdfFonts::kFaces> fontNames, PdfStructure* structure = nullptr,
                     int page = 0)
        : m_fonts(fonts), m_height(pageHeight), m_fontNames(std::move(fontNames)), m_structure(structure),
          m_page(page)
    {
    }

    std::string write(const PdfOps& ops) const;
    // The page resource name of the hatching pattern a HatchRect op fills with (PdfPainter::hatch).
    static constexpr const char* kHatchPattern = "H1";
    // The faces the ops draw text in, as a bit per face (PdfFonts' face numbers).
    static unsigned facesUsed(const PdfOps& ops, const PdfFonts& fonts);

private:
    using OpList = std::vector<const PdfOp*>;
    // The ops in the order they are written: artifacts, then passage by passage.
    OpList order(const PdfOps& ops) const;
    void shapes(const OpList& ops, std::string& out) const;
    void text(const OpList& ops, std::string& out) const;
    // A UTF-8 text as a literal string of two-byte codes; with `spacing`, a TJ array that adds it after
    // each space. Marks every glyph as used so that the embedded subset holds it.
    void showText(const PdfOp& o, std::string& out) const;
    // Selects face `face` at `size` unless the stream has it already.
    void selectFont(int face, float size, std::string& out) const;

    const PdfFonts& m_fonts;
    float m_height;
    std::array<std::string, PdfFonts::kFaces> m_fontNames;
    PdfStructure* m_structure;
    int m_page;
    // The graphics state the stream has set, carried across text objects and marked-content sequences.
    mutable int m_font = -1;
    mutable float m_size = 0;
    mutable unsigned m_fill = 0x000000, m_stroke = 0xFFFFFFFF;
    mutable float m_lineWidth = -1;
};

} // namespace cpc
