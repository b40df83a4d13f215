#pragma once

#include <hpdf.h>
#include <hpdf_fontdef.h>
#include <vector>

namespace cpc {

// For the length of its life, gives a libharu TrueType face a character map of one segment that holds the
// glyph of every character of the Basic Multilingual Plane, found in one step. Libharu's set-up of a face
// for the UTF-8 encoder asks for the glyph of all 65,536 code points, and each question walked the face's
// segments from the first (a few hundred in Charis SIL): about 140 M instructions for the four faces, more
// than a fifth of what libharu did for a large report. The glyphs are the ones libharu's own search
// gives; the face's map comes back when this ends, so what libharu embeds is unchanged.
class DenseGlyphMap {
public:
    explicit DenseGlyphMap(HPDF_FontDef face);
    ~DenseGlyphMap();
    DenseGlyphMap(const DenseGlyphMap&) = delete;
    DenseGlyphMap& operator=(const DenseGlyphMap&) = delete;

    // Whether the face's map was replaced (a face without a segmented map is left as it is).
    bool active() const { return m_attr != nullptr; }

private:
    HPDF_TTFontDefAttr m_attr = nullptr;
    HPDF_TTF_CmapRange m_saved{};
    std::vector<HPDF_UINT16> m_glyphs;
    HPDF_UINT16 m_end = 0xFFFF, m_start = 0, m_rangeOffset = 0;
    HPDF_INT16 m_delta = 0;
};

} // namespace cpc
