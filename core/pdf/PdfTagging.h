#pragma once

#include "pdf/PdfStructure.h"

#include <hpdf.h>
#include <vector>

namespace cpc {

// Writes the structure tree into the libharu document: the StructTreeRoot with its elements, the
// parent tree (a number tree from each page's marked content and each link annotation back to its
// element), /StructParents on pages, /StructParent and tab order on annotations.
//
// Libharu has no tagging API, but Debian's libhpdf-dev installs its object layer (dictionaries, arrays,
// the cross-reference table), and the content stream is ours already (PdfContentWriter), so the tree is
// built on that layer rather than by post-processing the file with another library.
class PdfTagging {
public:
    // `pages[i]` is page i of the structure's content. False when libharu failed (out of memory).
    static bool write(HPDF_Doc doc, PdfStructure& structure, const std::vector<HPDF_Page>& pages);
};

} // namespace cpc
