#include "pdf/PdfToUnicode.h"

#include <algorithm>
#include <cstdio>
#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <string>
#include <vector>

namespace cpc {

std::string PdfToUnicode::program()
{
    // A bfrange row must keep its first byte fixed (the codes differ in the last byte only), so the
    // plane goes out in rows of 256; surrogates are no characters and stay out; a block holds 100 rows.
    std::vector<unsigned> rows;
    for (unsigned hi = 0; hi < 0x100; ++hi)
        if (hi < 0xD8 || hi > 0xDF) rows.push_back(hi);
    std::string out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    char buf[64];
    for (size_t i = 0; i < rows.size(); i += 100) {
        const size_t n = std::min<size_t>(100, rows.size() - i);
        std::snprintf(buf, sizeof buf, "%zu beginbfrange\n", n);
        out += buf;
        for (size_t k = i; k < i + n; ++k) {
            const unsigned hi = rows[k];
            // U+FFFE and U+FFFF are noncharacters.
            const unsigned last = hi == 0xFF ? 0xFD : 0xFF;
            std::snprintf(buf, sizeof buf, "<%02X00> <%02X%02X> <%02X00>\n", hi, hi, last, hi);
            out += buf;
        }
        out += "endbfrange\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

bool PdfToUnicode::replace(const PdfFonts& fonts)
{
    const std::string map = program();
    for (int s = 0; s < PdfFonts::kFaces; ++s) {
        HPDF_Font font = fonts.loadedFace(s);
        if (!font) continue;
        auto* attr = static_cast<HPDF_FontAttr>(font->attr);
        HPDF_Dict cmap = attr ? attr->cmap_stream : nullptr;
        if (!cmap || !cmap->stream) return false;
        // The stream keeps its object (the font refers to it); only its dictionary's CMap keys, which
        // describe libharu's encoding, and its data change.
        for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"})
            HPDF_Dict_RemoveElement(cmap, key);
        HPDF_MemStream_FreeData(cmap->stream);
        if (HPDF_Stream_Write(cmap->stream, reinterpret_cast<const HPDF_BYTE*>(map.data()),
                              HPDF_UINT(map.size())) != HPDF_OK)
            return false;
    }
    return true;
}

} // namespace cpc
