#pragma once

#include "pdf/PdfOp.h"
#include "pdf/PdfStructure.h"

#include <hpdf.h>
#include <vector>

namespace cpc {

// Puts a page's drawing into its libharu page: the content stream from PdfContentWriter (compressed by
// PdfStreams), the fonts it names registered with the page, then the links, each described for assistive
// technology and, when tagged, given to its Link element.
class PdfPainter {
public:
    PdfPainter(const PdfFonts& fonts, float pageHeight, PdfStructure* structure = nullptr)
        : m_fonts(fonts), m_height(pageHeight), m_structure(structure)
    {
    }
    // Page `index` of the document. False when libharu could not take the content (out of memory).
    bool paint(HPDF_Page page, int index, const PdfOps& ops,
               const std::vector<HPDF_Destination>& targets) const;

private:
    // Gives the page the hatching pattern of `like` (one pattern object for the whole document).
    bool hatch(HPDF_Page page, const PdfOp& like) const;

    const PdfFonts& m_fonts;
    float m_height;
    PdfStructure* m_structure;
    mutable HPDF_Dict m_hatch = nullptr;
};

} // namespace cpc
