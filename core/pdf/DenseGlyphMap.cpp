#include "pdf/DenseGlyphMap.h"

namespace cpc {

namespace {

// The glyph of `code` in segment `i` of map `c`, as libharu's HPDF_TTFontDef_GetGlyphid computes it
// (unsigned arithmetic included); an index past the glyph array gives none.
HPDF_UINT16 glyph(const HPDF_TTF_CmapRange& c, unsigned i, unsigned code, unsigned segments)
{
    if (code < c.start_count[i]) return 0;
    if (c.id_range_offset[i] == 0) return HPDF_UINT16(code + unsigned(c.id_delta[i]));
    const unsigned idx = c.id_range_offset[i] / 2u + (code - c.start_count[i]) - (segments - i);
    if (idx >= c.glyph_id_array_count) return 0;
    return HPDF_UINT16(c.glyph_id_array[idx] + unsigned(c.id_delta[i]));
}

} // namespace

DenseGlyphMap::DenseGlyphMap(HPDF_FontDef face)
{
    if (!face || face->type != HPDF_FONTDEF_TYPE_TRUETYPE || !face->attr) return;
    auto* attr = static_cast<HPDF_TTFontDefAttr>(face->attr);
    const HPDF_TTF_CmapRange& c = attr->cmap;
    const unsigned segments = c.seg_count_x2 / 2u;
    if (c.format != 4 || segments == 0) return;
    // Libharu takes the first segment that ends at or after the code: walking the codes upwards through
    // the segments in their order finds the same one.
    m_glyphs.assign(0x10000, 0);
    unsigned code = 0;
    for (unsigned i = 0; i < segments && code <= 0xFFFF; ++i)
        for (; code <= c.end_count[i]; ++code)
            m_glyphs[code] = glyph(c, i, code, segments);
    // A map that does not reach U+FFFF (a malformed font) stays libharu's.
    if (code <= 0xFFFF) return;
    m_attr = attr;
    m_saved = c;
    // One segment from U+0000 to U+FFFF whose range offset makes a code its own index in the glyph array.
    m_rangeOffset = 2;
    attr->cmap.seg_count_x2 = 2;
    attr->cmap.end_count = &m_end;
    attr->cmap.start_count = &m_start;
    attr->cmap.id_delta = &m_delta;
    attr->cmap.id_range_offset = &m_rangeOffset;
    attr->cmap.glyph_id_array = m_glyphs.data();
    attr->cmap.glyph_id_array_count = HPDF_UINT(m_glyphs.size());
}

DenseGlyphMap::~DenseGlyphMap()
{
    if (m_attr) m_attr->cmap = m_saved;
}

} // namespace cpc
