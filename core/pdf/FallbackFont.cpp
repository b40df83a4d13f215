#include "pdf/FallbackFont.h"

#include "util/ResourcePaths.h"

#include <QFileInfo>
#include <array>

namespace cpc {

namespace {

// Where Debian 12's packages put the faces (fonts-droid-fallback, fonts-nanum); a copy in the program's
// data folder goes first.
const char* const kFiles[FallbackFont::kCount] = {"DroidSansFallbackFull.ttf", "NanumMyeongjo.ttf"};
const char* const kFolders[FallbackFont::kCount] = {"/usr/share/fonts/truetype/droid/",
                                                    "/usr/share/fonts/truetype/nanum/"};

bool in(char32_t c, char32_t first, char32_t last)
{
    return c >= first && c <= last;
}

// Punctuation of these scripts (a line may break before it only when it opens something).
bool punctuation(char32_t c)
{
    return in(c, 0x3000, 0x303F) || in(c, 0xFF00, 0xFF65);
}

bool opening(char32_t c)
{
    switch (c) {
    case 0x3008:
    case 0x300A:
    case 0x300C:
    case 0x300E:
    case 0x3010:
    case 0x3014:
    case 0x3016:
    case 0x3018:
    case 0x301A:
    case 0x301D:
    case 0xFF08:
    case 0xFF3B:
    case 0xFF5B:
    case 0xFF5F:
    case 0xFF62:
        return true;
    default:
        return false;
    }
}

} // namespace

QString FallbackFont::path(int face)
{
    static const auto found = [] {
        std::array<QString, kCount> out;
        for (int f = 0; f < kCount; ++f) {
            const QString file = QString::fromLatin1(kFiles[f]);
            out[size_t(f)] = ResourcePaths::file(QStringLiteral("fonts/") + file);
            if (out[size_t(f)].isEmpty() && QFileInfo(QString::fromLatin1(kFolders[f]) + file).isFile())
                out[size_t(f)] = QString::fromLatin1(kFolders[f]) + file;
        }
        return out;
    }();
    return face >= 0 && face < kCount ? found[size_t(face)] : QString();
}

int FallbackFont::faceFor(char32_t c)
{
    // Every script before the CJK radicals is the book face's (asked of every character of a text).
    if (c < 0x2E80) return -1;
    if (in(c, 0x3130, 0x318F)     // Hangul compatibility letters (each drawn alone)
        || in(c, 0xAC00, 0xD7A3)) // Hangul syllables (precomposed: no joining of letters needed)
        return Hangul;
    const bool cjk = in(c, 0x2E80, 0x2FDF)     // CJK radicals, Kangxi radicals
                     || in(c, 0x3000, 0x303F)  // CJK symbols and punctuation
                     || in(c, 0x3040, 0x30FF)  // Hiragana, Katakana
                     || in(c, 0x3100, 0x312F)  // Bopomofo
                     || in(c, 0x31F0, 0x31FF)  // Katakana phonetic extensions
                     || in(c, 0x3200, 0x33FF)  // enclosed and compatibility CJK
                     || in(c, 0x3400, 0x4DBF)  // ideographs, extension A
                     || in(c, 0x4E00, 0x9FFF)  // ideographs
                     || in(c, 0xF900, 0xFAFF)  // compatibility ideographs
                     || in(c, 0xFE30, 0xFE4F)  // compatibility forms
                     || in(c, 0xFF00, 0xFFEF); // full-width and half-width forms
    return cjk ? Cjk : -1;
}

bool FallbackFont::breaksBetween(QChar c, QChar next)
{
    const char32_t a = c.unicode(), b = next.unicode();
    return suits(a) && !opening(a) && suits(b) && (!punctuation(b) || opening(b));
}

} // namespace cpc
