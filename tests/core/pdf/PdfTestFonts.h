#pragma once

#include "pdf/LineBreaker.h"
#include "pdf/PdfFonts.h"

#include <catch2/catch.hpp>
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

namespace cpc::test {

// One loaded set of the document's fonts for a test binary.
inline const PdfFonts& fonts()
{
    static const PdfTestFonts f;
    REQUIRE(f.loaded);
    return f.fonts;
}

// What a set line says, its text pieces joined.
inline QString lineText(const TextLine& l)
{
    QString s;
    for (const PdfOp& o : l.ops)
        if (o.kind == PdfOp::Kind::Text) s += QString::fromStdString(o.text);
    return s;
}

} // namespace cpc::test
