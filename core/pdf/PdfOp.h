#pragma once

#include "pdf/PdfFonts.h"

#include <string>
#include <vector>

namespace cpc {

// One drawing instruction of a page, in points from the top-left corner of the page (or of the row that
// holds it until the row is placed). Text y is the baseline.
struct PdfOp {
    enum class Kind : unsigned char { Text, Line, Rect, FrameRect, UriLink, PageLink, HatchRect };
    Kind kind = Kind::Text;
    FontStyle style = FontStyle::Regular;
    float x = 0, y = 0, w = 0, h = 0; // Line: from (x, y) to (x + w, y + h); Text: w is the width
    float size = 0;                   // font size, or line width
    float spacing = 0;                // Text: extra width after each space (a justified line)
    unsigned color = 0x000000;        // 0xRRGGBB
    int target = -1;                  // PageLink: index of the heading it leads to
    // Tagged PDF: the structure element (PdfStructure) whose content the op is; -1 an artifact (rules,
    // fills, running heads). Set by PdfBlockTagger once the block's role is known.
    int tag = -1;
    short cell = -1; // text in a table: its column (PdfTable)
    enum class Part : unsigned char { Body, Label, Second };
    Part part = Part::Body; // Label: a list item's marker; Second: a cell's second paragraph
    std::string text;       // UTF-8 text, or the URI of a link (the title of a page link)

    static PdfOp makeText(float x, float y, FontStyle s, float size, std::string utf8, float width,
                          unsigned color = 0)
    {
        PdfOp o;
        o.kind = Kind::Text;
        o.x = x;
        o.y = y;
        o.style = s;
        o.size = size;
        o.text = std::move(utf8);
        o.w = width;
        o.color = color;
        return o;
    }
    static PdfOp makeLine(float x1, float y1, float x2, float y2, float width, unsigned color)
    {
        PdfOp o;
        o.kind = Kind::Line;
        o.x = x1;
        o.y = y1;
        o.w = x2 - x1;
        o.h = y2 - y1;
        o.size = width;
        o.color = color;
        return o;
    }
    // A rectangle's area hatched with lines rising to the right, `gap` apart (a chart's pattern).
    static PdfOp makeHatch(float x, float y, float w, float h, unsigned color, float lineWidth, float gap)
    {
        PdfOp o = makeRect(x, y, w, h, color, false);
        o.kind = Kind::HatchRect;
        o.size = lineWidth;
        o.spacing = gap;
        return o;
    }
    static PdfOp makeRect(float x, float y, float w, float h, unsigned color, bool filled = true)
    {
        PdfOp o;
        o.kind = filled ? Kind::Rect : Kind::FrameRect;
        o.x = x;
        o.y = y;
        o.w = w;
        o.h = h;
        o.color = color;
        o.size = 0.5f;
        return o;
    }
};

using PdfOps = std::vector<PdfOp>;

// Moves ops drawn at the origin to (dx, dy).
inline void translateOps(PdfOps& ops, float dx, float dy)
{
    for (PdfOp& o : ops) {
        o.x += dx;
        o.y += dy;
    }
}

} // namespace cpc
