#pragma once

#include "pdf/PdfFonts.h"

#include <hpdf.h>

// The document's real fonts in a libharu document of their own, for tests that measure or set text.
struct PdfTestFonts {
    PdfTestFonts()
    {
        doc = HPDF_New(nullptr, nullptr);
        HPDF_UseUTFEncodings(doc);
        HPDF_SetCurrentEncoder(doc, "UTF-8");
        loaded = fonts.load(doc).ok();
    }
    ~PdfTestFonts() { HPDF_Free(doc); }
    PdfTestFonts(const PdfTestFonts&) = delete;
    PdfTestFonts& operator=(const PdfTestFonts&) = delete;

    HPDF_Doc doc = nullptr;
    cpc::PdfFonts fonts;
    bool loaded = false;
};
