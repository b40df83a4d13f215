#pragma once

#include "pdf/PdfFonts.h"

namespace cpc {

// A valid ToUnicode map for the document's fonts. Libharu's UTF-8 encoder writes its encoding CMap as
// the fonts' ToUnicode map, with `begincidrange`, which a ToUnicode map may not hold: poppler warns on
// every page and text extraction, search and screen readers rely on codes happening to be Unicode
// values. Our codes are the characters' UTF-16 values (PdfContentWriter), so the map is the identity
// on the Basic Multilingual Plane, written as `beginbfrange` rows of 256 codes.
class PdfToUnicode {
public:
    // Replaces the map of each face loaded; false if libharu could not take it (out of memory). Call it
    // once every page is painted: a face is loaded the first time a text needs it.
    static bool replace(const PdfFonts& fonts);
    // The CMap program (for tests).
    static std::string program();
};

} // namespace cpc
