#pragma once

#include "document/DocumentBlocks.h"
#include "pdf/PdfFlow.h"

namespace cpc {

// A small vector bar chart of an indicator's target against its actual over the years, drawn from the
// composed report's chart (its alternate text is the chart's description): every bar with its figure,
// the value axis in the chart's number convention and unit, the targets hatched.
class ChartPainter {
public:
    explicit ChartPainter(const PdfFonts& fonts) : m_fonts(fonts) {}
    FlowRow paint(const DocChart& chart, float width, float height) const;

    // WCAG contrast ratio of a colour against white paper.
    static double contrast(unsigned rgb);
    // The series' inks (the target's outline and hatching, the actual's fill).
    static unsigned targetInk();
    static unsigned actualColor();

private:
    const PdfFonts& m_fonts;
};

} // namespace cpc
