#pragma once

#include "pdf/PdfOp.h"

#include <hpdf.h>

#include <vector>

namespace cpc {

// Writes a page's drawing instructions through libharu: shapes first, then all text in one text object
// (far faster than one per word), then the links.
class PdfPainter {
public:
    PdfPainter(const PdfFonts& fonts, float pageHeight) : m_fonts(fonts), m_height(pageHeight) {}
    void paint(HPDF_Page page, const PdfOps& ops, const std::vector<HPDF_Destination>& targets) const;

private:
    const PdfFonts& m_fonts;
    float m_height;
};

} // namespace cpc
