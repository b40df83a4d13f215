#pragma once

#include "model/Language.h"
#include "pdf/PdfFonts.h"

#include <QString>
#include <QVarLengthArray>
#include <optional>
#include <vector>

namespace cpc {

// The pieces the LineBreaker sets a paragraph from: words of styled boxes, cut where a line may end
// inside them (hyphenation points, soft hyphens) or where they are wider than the line.
class WordPieces {
public:
    struct Box {
        QString text;
        FontStyle style;
        float w = 0;
        int link = -1;
    };
    struct Word {
        // Most words are one box, a few two (a change of style inside): kept inline, a paragraph's words
        // and their hyphenated pieces cost no allocation of their own.
        QVarLengthArray<Box, 2> boxes;
        float w = 0;
        float space = 0;     // width of the space after it, in its last style
        bool glue = false;   // a space follows
        bool hyphen = false; // a piece of a hyphenated word: a line ending here prints a hyphen
        float hyphenWidth = 0;
    };

    // What a line ending at a hyphenation point prints: the soft hyphen, which Tagged PDF asks for (ISO
    // 32000-1, 14.8.2.2.3) so that search and screen readers join the word again; the faces draw it as a
    // hyphen.
    static constexpr char16_t kSoftHyphen = 0x00AD;
    // A piece of a cut word holds at most this many characters even when they are narrow (marks of no
    // width): every string a page writes stays short.
    static constexpr size_t kMaxPieceChars = 1000;

    // `word` in pieces where a line may end with a hyphen: at its soft hyphens (which leave the text), or
    // else where `language`'s patterns hyphenate it. Appended to `out`.
    static void hyphenate(Word& word, std::optional<Language> language, float size, const PdfFonts& fonts,
                          std::vector<Word>& out);
    // Cuts a word wider than `width` into pieces that fit (see the definition). Appended to `out`.
    static void splitLong(const Word& word, float width, float size, const PdfFonts& fonts,
                          std::vector<Word>& out);
};

} // namespace cpc
