#pragma once

#include "document/DocumentBlocks.h"
#include "pdf/PdfFlow.h"

namespace cpc {

// A small vector bar chart of an indicator's target against its actual over the years, drawn from the
// composed report's chart (its alternate text is the chart's description).
class ChartPainter {
public:
    explicit ChartPainter(const PdfFonts& fonts) : m_fonts(fonts) {}
    FlowRow paint(const DocChart& chart, float width, float height) const;

private:
    const PdfFonts& m_fonts;
};

} // namespace cpc
