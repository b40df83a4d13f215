#pragma once

#include <QByteArray>
#include <QString>
#include <hpdf.h>

namespace cpc {

// Completes libharu's record of the glyphs an embedded TrueType subset must keep. A composite glyph (most
// ideographs of the Chinese and Japanese fallback face) is drawn from other glyphs; libharu marks those
// only one level deep and reads their numbers as signed, so components numbered above 32,767 were left
// out and characters printed half drawn or blank. This walks every level with unsigned numbers, from the
// font file's own bytes.
class GlyphComponents {
public:
    // Reads the face's file; false when it cannot (the face is then left as libharu marks it).
    bool load(const QString& path);
    // Marks the components of the glyph of `unicode` in `font` (loaded from the same file) as used.
    void markFor(HPDF_Font font, char16_t unicode) const;

private:
    void mark(HPDF_Font font, unsigned gid, int depth) const;

    QByteArray m_file;
};

} // namespace cpc
