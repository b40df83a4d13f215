#include "pdf/GlyphComponents.h"

#include <QFile>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>

namespace cpc {

namespace {

// TrueType composite glyph flags ('glyf' table).
constexpr unsigned kArgsAreWords = 0x0001, kHaveScale = 0x0008, kMoreComponents = 0x0020,
                   kHaveXYScale = 0x0040, kHaveTwoByTwo = 0x0080;
// Deeper nesting than any real font uses; bounds the walk on a damaged one.
constexpr int kMaxDepth = 8;

} // namespace

bool GlyphComponents::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    m_file = f.readAll();
    return !m_file.isEmpty();
}

void GlyphComponents::markFor(HPDF_Font font, char16_t unicode) const
{
    if (m_file.isEmpty() || !font) return;
    auto* def = static_cast<HPDF_FontAttr>(font->attr)->fontdef;
    mark(font, HPDF_TTFontDef_GetGlyphid(def, unicode), 0);
}

void GlyphComponents::mark(HPDF_Font font, unsigned gid, int depth) const
{
    auto* def = static_cast<HPDF_FontAttr>(font->attr)->fontdef;
    auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
    if (gid == 0 || gid >= attr->num_glyphs || depth > kMaxDepth) return;
    attr->glyph_tbl.flgs[gid] = 1;
    const qsizetype scale = attr->header.index_to_loc_format == 0 ? 2 : 1;
    qsizetype at = qsizetype(attr->glyph_tbl.base_offset) + qsizetype(attr->glyph_tbl.offsets[gid]) * scale;
    const qsizetype end =
        qsizetype(attr->glyph_tbl.base_offset) + qsizetype(attr->glyph_tbl.offsets[gid + 1]) * scale;
    const auto* b = reinterpret_cast<const unsigned char*>(m_file.constData());
    const auto u16 = [&](qsizetype p) { return unsigned(b[p]) << 8 | b[p + 1]; };
    if (end > m_file.size() || end - at < 10) return; // empty glyph, or beyond the file
    if (u16(at) != 0xFFFF) return;                    // simple glyph: numberOfContours >= 0
    at += 10;                                         // contours and bounding box
    unsigned flags = kMoreComponents;
    while ((flags & kMoreComponents) && at + 4 <= end) {
        flags = u16(at);
        const unsigned component = u16(at + 2);
        at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
        if (flags & kHaveScale)
            at += 2;
        else if (flags & kHaveXYScale)
            at += 4;
        else if (flags & kHaveTwoByTwo)
            at += 8;
        if (component != gid) mark(font, component, depth + 1);
    }
}

} // namespace cpc
