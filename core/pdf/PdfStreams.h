#pragma once

#include "pdf/PdfFonts.h"

#include <QByteArray>
#include <hpdf.h>
#include <string_view>

namespace cpc {

// The document's large streams, compressed by us at zlib's fastest level. Libharu compresses every stream
// at zlib's default level (6) and has no setting for it; on a large report that was a fifth of the
// export's work, for a file 2.5 % smaller (docs/pdf-typesetting.md, "Cost"). A stream compressed here
// holds the deflated bytes, has libharu's own filter turned off and still says /FlateDecode.
class PdfStreams {
public:
    static constexpr int kLevel = 1;

    // Gives stream object `stream` (a page's contents) `data`, compressed, after what it holds already.
    static bool write(HPDF_Dict stream, std::string_view data);
    // Compresses the embedded programs of the faces `fonts` loaded, and their glyph and text maps. Call it
    // once every page is painted: libharu embeds the glyphs used so far and would otherwise build the
    // programs, and compress them itself, while it saves the document.
    static bool compressFonts(const PdfFonts& fonts);
    // The bytes a libharu memory stream holds (the saved document), copied at once.
    static QByteArray bytes(HPDF_Stream stream);
};

} // namespace cpc
