#include "pdf/WordPieces.h"

#include "pdf/Hyphenator.h"

#include <algorithm>
#include <limits>

namespace cpc {

namespace {

bool urlSeparator(QChar c)
{
    return c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_') ||
           c == QLatin1Char('?') || c == QLatin1Char('&') || c == QLatin1Char('=');
}

} // namespace

// Cuts a word wider than the line into pieces that fit: a link or an address after a separator where one
// falls in the second half of the line, any other word where the line ends, with a hyphen between two
// letters. Linear in the word.
void WordPieces::splitLong(const Word& word, float width, float size, const PdfFonts& fonts,
                           std::vector<Word>& out)
{
    struct Ch {
        QChar c;
        FontStyle s;
        int link;
        float w;
    };
    std::vector<Ch> chars;
    for (const Box& b : word.boxes)
        for (QChar c : b.text)
            chars.push_back({c, b.style, b.link, fonts.width(b.style, c, size)});
    bool address = false; // cut like a URL: after separators, never with a hyphen of ours
    for (const Box& b : word.boxes)
        address = address || b.link >= 0 || b.text.contains(QLatin1Char('/'));
    std::vector<double> after(chars.size() + 1, 0); // width from i to the end
    for (size_t i = chars.size(); i-- > 0;)
        after[i] = after[i + 1] + chars[i].w;
    const QChar hyphen = QLatin1Char('-');
    float hyphenWidth = 0; // the widest face's, whichever the cut falls in
    for (FontStyle s : {FontStyle::Regular, FontStyle::Bold, FontStyle::Italic, FontStyle::BoldItalic})
        hyphenWidth = std::max(hyphenWidth, fonts.width(s, hyphen, size));
    size_t start = 0;
    while (start < chars.size()) {
        size_t end = chars.size();
        bool hyphenate = false;
        if (after[start] > width || end - start > kMaxPieceChars) {
            // Room for a hyphen is kept whatever the cut turns out to be: the lines stay within the column.
            const float room = address ? width : width - hyphenWidth;
            float acc = 0;
            end = start;
            size_t goodCut = 0; // after a separator of an address, after a hyphen of a word
            while (end < chars.size() && end - start < kMaxPieceChars && acc + chars[end].w <= room) {
                acc += chars[end].w;
                ++end;
                if (address ? urlSeparator(chars[end - 1].c) : chars[end - 1].c == hyphen) goodCut = end;
            }
            if (end == start) ++end; // a single glyph wider than the line still goes somewhere
            // A combining mark stays with its letter.
            while (end > start + 1 && end < chars.size() && chars[end].c.isMark())
                --end;
            if (goodCut > start + (end - start) / 2) end = goodCut;
            hyphenate = !address && end < chars.size() && chars[end - 1].link < 0 &&
                        chars[end - 1].c.isLetter() && chars[end].c.isLetter();
        }
        Word piece;
        for (size_t i = start; i < end; ++i) {
            if (piece.boxes.empty() || piece.boxes.back().style != chars[i].s ||
                piece.boxes.back().link != chars[i].link)
                piece.boxes.push_back(Box{QString(), chars[i].s, 0, chars[i].link});
            piece.boxes.back().text += chars[i].c;
            piece.boxes.back().w += chars[i].w;
            piece.w += chars[i].w;
        }
        if (hyphenate) {
            const float hw = fonts.width(piece.boxes.back().style, hyphen, size);
            piece.boxes.back().text += hyphen;
            piece.boxes.back().w += hw;
            piece.w += hw;
        }
        const bool last = end >= chars.size();
        piece.glue = last ? word.glue : false;
        piece.hyphen = last && word.hyphen;
        piece.hyphenWidth = word.hyphenWidth;
        piece.space = word.space;
        out.push_back(std::move(piece));
        start = end;
    }
}

// Cuts `word` into pieces after the characters at `cuts` (positions in its text, increasing, each with
// whether the cut prints a hyphen). Soft hyphens in the text become such cuts and leave the text.
void WordPieces::hyphenate(Word& word, std::optional<Language> language, float size, const PdfFonts& fonts,
                           std::vector<Word>& out)
{
    bool address = false;
    bool soft = false;
    qsizetype length = 0;
    for (const Box& b : word.boxes) {
        address = address || b.link >= 0;
        for (const QChar c : b.text) {
            address = address || c == u'/' || c == u'@';
            soft = soft || c == QChar(kSoftHyphen);
        }
        length += b.text.size();
    }
    // Most words have nothing to cut (short, or no language): they go as they are, without copies.
    if (!soft && (address || !language || length < 5)) {
        out.push_back(std::move(word));
        return;
    }
    const QString text = word.boxes.size() == 1 ? word.boxes.front().text : [&] {
        QString t;
        t.reserve(length);
        for (const Box& b : word.boxes)
            t += b.text;
        return t;
    }();
    std::vector<std::pair<int, bool>> cuts;
    if (soft) {
        // The author's own hyphenation points replace the patterns' (as in TeX).
        int k = 0;
        for (Box& b : word.boxes) {
            QString kept;
            for (QChar c : b.text) {
                if (c == QChar(kSoftHyphen)) {
                    if (k > 0) cuts.emplace_back(k, true);
                } else {
                    kept += c;
                    ++k;
                }
            }
            b.text = kept;
            b.w = fonts.width(b.style, b.text, size);
        }
        word.boxes.erase(std::remove_if(word.boxes.begin(), word.boxes.end(),
                                        [](const Box& b) { return b.text.isEmpty(); }),
                         word.boxes.end());
        word.w = 0;
        for (const Box& b : word.boxes)
            word.w += b.w;
        if (word.boxes.empty()) {
            if (word.glue && !out.empty()) out.back().glue = true;
            return;
        }
        if (!cuts.empty() && cuts.back().first >= k) cuts.pop_back();
    } else if (!address && language) {
        // Each part of a compound ("socio-económico") by itself. Never after the compound's own hyphen:
        // text extraction (poppler) takes a hyphen ending a line for a hyphenation and drops it.
        qsizetype from = 0;
        while (from < text.size()) {
            qsizetype to = text.indexOf(QLatin1Char('-'), from);
            if (to < 0) to = text.size();
            for (int p : Hyphenator::points(from == 0 && to == text.size() ? text : text.mid(from, to - from),
                                            *language))
                cuts.emplace_back(int(from) + p, true);
            from = to + 1;
        }
    }
    if (cuts.empty()) {
        out.push_back(std::move(word));
        return;
    }
    size_t next = 0;
    int at = 0; // position in the word's text
    Word piece;
    const auto finishPiece = [&](bool hyphen) {
        piece.space = word.space;
        piece.hyphen = hyphen;
        if (hyphen) piece.hyphenWidth = fonts.width(piece.boxes.back().style, QChar(kSoftHyphen), size);
        out.push_back(std::move(piece));
        piece = Word();
    };
    for (const Box& b : word.boxes) {
        qsizetype from = 0;
        while (from < b.text.size()) {
            const int cut = next < cuts.size() ? cuts[next].first : std::numeric_limits<int>::max();
            const qsizetype take = std::min<qsizetype>(b.text.size() - from, cut - at);
            Box part{b.text.mid(from, take), b.style, 0, b.link};
            part.w = take == b.text.size() ? b.w : fonts.width(b.style, part.text, size);
            piece.w += part.w;
            piece.boxes.push_back(std::move(part));
            from += take;
            at += int(take);
            if (at == cut) finishPiece(cuts[next++].second);
        }
    }
    if (!piece.boxes.empty()) {
        piece.glue = word.glue;
        piece.space = word.space;
        out.push_back(std::move(piece));
    } else if (!out.empty()) {
        out.back().glue = word.glue;
        out.back().hyphen = false;
    }
}

} // namespace cpc
