#pragma once

#include "model/Language.h"
#include "pdf/MarkdownParser.h"
#include "pdf/PdfFonts.h"
#include "pdf/PdfOp.h"

#include <optional>
#include <vector>

namespace cpc {

// One set line: its drawing at the origin (baseline at `ascent`), ready to be placed.
struct TextLine {
    PdfOps ops;
    float width = 0; // natural width of the words
};

// Paragraph setting: justification by widening the spaces (libharu's own spaces letters), lines chosen
// for the whole paragraph at once so that the spaces stay even (no rivers), with hyphenation where the
// text's language is given (Hyphenator) and at the soft hyphens the author typed, words longer than the
// line (URLs, hostile input) cut at a sensible place. A word is only ever broken with a hyphen.
class LineBreaker {
public:
    struct Style {
        float size = 10.5f;
        float width = 400;     // measure of every line
        float firstIndent = 0; // extra indent of the first line (may be negative for hanging markers)
        bool justify = true;
        unsigned color = 0x000000;
        bool forceBold = false;
        bool forceItalic = false;
        // The language whose patterns hyphenate the text; unset: no hyphenation (soft hyphens still count).
        std::optional<Language> hyphenate;
        // Only words wider than the line are hyphenated (table cells: their words stay whole where they fit).
        bool hyphenateOverlongOnly = false;
    };

    LineBreaker(const PdfFonts& fonts) : m_fonts(fonts) {}
    // Runs must be sanitised already (PdfFonts::sanitize).
    std::vector<TextLine> layout(const QList<MdRun>& runs, const Style& style) const;
    // A single plain text in one style.
    std::vector<TextLine> layout(const QString& text, FontStyle s, const Style& style) const;

private:
    const PdfFonts& m_fonts;
};

} // namespace cpc
