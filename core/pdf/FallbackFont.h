#pragma once

#include <QChar>
#include <QString>

namespace cpc {

// The faces the PDF prints Chinese, Japanese and Korean with: DejaVu has none of them; Debian's
// fonts-droid-fallback (Chinese, Japanese) and fonts-nanum (Korean, Nanum Myeongjo, a serif like the
// report's) have them in TrueType files libharu can embed. Only scripts that print right glyph by glyph,
// left to right, take them: libharu has no shaping engine and no bidirectional layout, so Arabic (joined
// letters), Hebrew (right to left), the scripts of India (reordered and combined letters) and colour
// emoji stay outside, found by `check` (PrintableText) instead of printed wrong.
class FallbackFont {
public:
    enum Face : int { Cjk = 0, Hangul = 1 };
    static constexpr int kCount = 2;

    // The installed file of `face`, or empty when its package is missing (its characters are then
    // reported as unprintable).
    static QString path(int face);
    // The face that may print `c` (ideographs, kana, Hangul syllables, their punctuation and full-width
    // forms), or -1.
    static int faceFor(char32_t c);
    static bool suits(char32_t c) { return faceFor(c) >= 0; }
    // Whether a line may end after `c` and before `next` without a hyphen: between two ideographs, kana or
    // Hangul syllables, but not before closing punctuation nor after opening punctuation.
    static bool breaksBetween(QChar c, QChar next);
};

} // namespace cpc
