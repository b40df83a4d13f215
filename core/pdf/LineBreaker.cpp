#include "pdf/LineBreaker.h"

#include "pdf/FallbackFont.h"
#include "pdf/Hyphenator.h"
#include "util/Limits.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cpc {

namespace {

constexpr unsigned kLinkColor = 0x1F4E99;

struct Box {
    QString text;
    FontStyle style;
    float w = 0;
    int link = -1;
};

struct Word {
    std::vector<Box> boxes;
    float w = 0;
    float space = 0;   // width of the space after it, in its last style
    bool glue = false; // a space follows
    bool hyphen = false; // a piece of a hyphenated word: a line ending here prints a hyphen
    float hyphenWidth = 0;
};

// What a line ending at a hyphenation point prints: the soft hyphen, which Tagged PDF asks for (ISO
// 32000-1, 14.8.2.2.3) so that search and screen readers join the word again; the faces draw it as a hyphen.
constexpr char16_t kSoftHyphen = 0x00AD;

// TeX's demerits for a hyphenated line, two in a row, and a hyphen on the paragraph's last-but-one line.
constexpr double kHyphenDemerits = 2500, kDoubleHyphenDemerits = 10000, kFinalHyphenDemerits = 5000;
// In ragged text a hyphen is worth it where it saves about an eighth of the line.
// How far a justified line's spaces may shrink, as a share of their width.
constexpr double kShrink = 0.2;
constexpr double kRaggedHyphenCost = 150, kRaggedDoubleHyphenCost = 1000;

// A piece of a cut word holds at most this many characters even when they are narrow (marks of no
// width): every string a page writes stays short.
constexpr size_t kMaxPieceChars = 1000;
constexpr size_t kMaxJoinBytes = 4096;

qsizetype characters(const QString& s)
{
    qsizetype n = s.size();
    for (QChar c : s) n -= c.isLowSurrogate() ? 1 : 0;
    return n;
}

bool urlSeparator(QChar c)
{
    return c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_') ||
           c == QLatin1Char('?') || c == QLatin1Char('&') || c == QLatin1Char('=');
}

// Cuts a word wider than the line into pieces that fit: a link or an address after a separator where one
// falls in the second half of the line, any other word where the line ends, with a hyphen between two
// letters. Linear in the word.
void splitLongWord(const Word& word, float width, float size, const PdfFonts& fonts, std::vector<Word>& out)
{
    struct Ch {
        QChar c;
        FontStyle s;
        int link;
        float w;
    };
    std::vector<Ch> chars;
    for (const Box& b : word.boxes)
        for (QChar c : b.text) chars.push_back({c, b.style, b.link, fonts.width(b.style, c, size)});
    bool address = false; // cut like a URL: after separators, never with a hyphen of ours
    for (const Box& b : word.boxes) address = address || b.link >= 0 || b.text.contains(QLatin1Char('/'));
    std::vector<double> after(chars.size() + 1, 0); // width from i to the end
    for (size_t i = chars.size(); i-- > 0;) after[i] = after[i + 1] + chars[i].w;
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
            while (end > start + 1 && end < chars.size() && chars[end].c.isMark()) --end;
            if (goodCut > start + (end - start) / 2) end = goodCut;
            hyphenate = !address && end < chars.size() && chars[end - 1].link < 0 && chars[end - 1].c.isLetter() &&
                        chars[end].c.isLetter();
        }
        Word piece;
        for (size_t i = start; i < end; ++i) {
            if (piece.boxes.empty() || piece.boxes.back().style != chars[i].s || piece.boxes.back().link != chars[i].link)
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
void cutWord(Word& word, std::optional<Language> language, float size, const PdfFonts& fonts, std::vector<Word>& out)
{
    bool address = false;
    bool soft = false;
    QString text;
    for (const Box& b : word.boxes) {
        address = address || b.link >= 0;
        soft = soft || b.text.contains(QChar(kSoftHyphen));
        text += b.text;
    }
    address = address || text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('@'));
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
        word.boxes.erase(std::remove_if(word.boxes.begin(), word.boxes.end(), [](const Box& b) { return b.text.isEmpty(); }),
                         word.boxes.end());
        word.w = 0;
        for (const Box& b : word.boxes) word.w += b.w;
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
            for (int p : Hyphenator::points(text.mid(from, to - from), *language)) cuts.emplace_back(int(from) + p, true);
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

} // namespace

std::vector<TextLine> LineBreaker::layout(const QString& text, FontStyle s, const Style& style) const
{
    MdRun r;
    r.text = text;
    r.bold = s == FontStyle::Bold || s == FontStyle::BoldItalic;
    r.italic = s == FontStyle::Italic || s == FontStyle::BoldItalic;
    return layout(QList<MdRun>{r}, style);
}

std::vector<TextLine> LineBreaker::layout(const QList<MdRun>& runs, const Style& st) const
{
    const float size = st.size;
    QStringList links;
    std::vector<Word> words;
    Word current;
    auto finishWord = [&](bool glue) {
        if (!current.boxes.empty()) {
            current.glue = glue;
            current.space = m_fonts.width(current.boxes.back().style, QChar(QLatin1Char(' ')), size);
            words.push_back(std::move(current));
            current = Word();
        } else if (glue && !words.empty()) {
            words.back().glue = true;
        }
    };
    for (const MdRun& run : runs) {
        const FontStyle s = fontStyle(run.bold || st.forceBold, run.italic || st.forceItalic);
        int link = -1;
        // The readers refuse longer targets (Limits::kMaxLinkLength); one stored before that limit is
        // printed as text, since no PDF string could carry it.
        if (!run.link.isEmpty() && characters(run.link) <= Limits::kMaxLinkLength) {
            links.append(run.link);
            link = int(links.size()) - 1;
        }
        qsizetype pos = 0;
        const qsizetype n = run.text.size();
        while (pos < n) {
            if (run.text.at(pos) == QLatin1Char(' ')) {
                finishWord(true);
                ++pos;
                continue;
            }
            // Chinese and Japanese have no spaces: a line may end between two of their characters.
            qsizetype end = pos + 1;
            while (end < n && run.text.at(end) != QLatin1Char(' ') &&
                   !FallbackFont::breaksBetween(run.text.at(end - 1), run.text.at(end)))
                ++end;
            Box b{run.text.mid(pos, end - pos), s, 0, link};
            b.w = m_fonts.width(s, b.text, size);
            current.w += b.w;
            current.boxes.push_back(std::move(b));
            pos = end;
            if (end < n && run.text.at(end) != QLatin1Char(' ')) finishWord(false);
        }
    }
    finishWord(false);
    if (words.empty()) return {};

    {
        std::vector<Word> pieces;
        pieces.reserve(words.size() * 2);
        for (Word& w : words) cutWord(w, st.hyphenate, size, m_fonts, pieces);
        words.swap(pieces);
    }
    if (words.empty()) return {};

    const float firstWidth = std::max(st.width - st.firstIndent, size);
    const float minWidth = std::min(firstWidth, st.width);
    std::vector<Word> fitted;
    fitted.reserve(words.size());
    for (Word& w : words) {
        size_t chars = 0;
        for (const Box& b : w.boxes) chars += size_t(b.text.size());
        if (w.w > minWidth || chars > kMaxPieceChars) splitLongWord(w, minWidth, size, m_fonts, fitted);
        else fitted.push_back(std::move(w));
    }
    words.swap(fitted);

    // Optimal line choice (total-fit, as TeX does): the fewest badly stretched lines and hyphens.
    const size_t n = words.size();
    std::vector<double> prefix(n + 1, 0);
    // Spaces (count and width) before word k: a line's gaps in constant time, the line choice linear.
    std::vector<int> gapsBefore(n + 1, 0);
    std::vector<double> stretchBefore(n + 1, 0);
    for (size_t k = 0; k < n; ++k) {
        prefix[k + 1] = prefix[k] + words[k].w + (words[k].glue ? words[k].space : 0);
        gapsBefore[k + 1] = gapsBefore[k] + (words[k].glue ? 1 : 0);
        stretchBefore[k + 1] = stretchBefore[k] + (words[k].glue ? words[k].space : 0);
    }
    // The spaces inside words i..j-1 (the one after the last word is not part of the line).
    const auto gapsIn = [&](size_t i, size_t j) { return gapsBefore[j - 1] - gapsBefore[i]; };
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> best(n + 1, inf);
    std::vector<size_t> from(n + 1, 0);
    best[0] = 0;
    for (size_t j = 1; j <= n; ++j) {
        for (size_t i = j; i-- > 0;) {
            const float lineWidth = i == 0 ? firstWidth : st.width;
            const double bare = prefix[j] - prefix[i] - (words[j - 1].glue ? words[j - 1].space : 0);
            const double stretchable = stretchBefore[j - 1] - stretchBefore[i];
            // Justified spaces may also shrink a little (a fifth, less than TeX's third).
            const double shrinkable = st.justify && j < n ? kShrink * stretchable : 0;
            if (bare - shrinkable > lineWidth + 0.01 && i + 1 < j) break;
            if (best[i] == inf) continue;
            const bool hyphenated = j < n && words[j - 1].hyphen;
            const bool afterHyphen = i > 0 && words[i - 1].hyphen;
            const double natural = bare + (hyphenated ? words[j - 1].hyphenWidth : 0);
            if (natural - shrinkable > lineWidth + 0.01 && i + 1 < j) continue;
            double cost = 0;
            const double slack = std::max(0.0, lineWidth - natural);
            if (j < n && st.justify && natural > lineWidth) {
                const double r = (natural - lineWidth) / std::max(shrinkable, 0.001);
                const double badness = 100 * r * r * r;
                cost = (1 + badness) * (1 + badness);
                if (hyphenated) cost += kHyphenDemerits + (afterHyphen ? kDoubleHyphenDemerits : 0);
            } else if (j < n && st.justify) {
                // A line without spaces to stretch is as bad as the loosest line: never a cheap way out.
                // A space may stretch by half its width at badness 100, as TeX's do.
                const double ratio = slack / (0.5 * std::max(stretchable, double(words[i].space)));
                // Not capped as TeX does: with no shrink many lines would reach the cap and tie, and ties
                // let the choice fall on a one-word line.
                const double r = std::min(ratio, 1000.0);
                const double badness = 100 * r * r * r;
                cost = (1 + badness) * (1 + badness);
                if (hyphenated) cost += kHyphenDemerits + (afterHyphen ? kDoubleHyphenDemerits : 0);
            } else if (j < n) {
                // Ragged text (tables, headings, narrow columns): even line lengths read best.
                const double r = slack / lineWidth;
                cost = 1 + 10000 * r * r;
                if (hyphenated) cost += kRaggedHyphenCost + (afterHyphen ? kRaggedDoubleHyphenCost : 0);
            } else if (slack < 0.02 * lineWidth && j - i > 1) {
                cost = 50; // a last line that exactly fills the measure reads as if the paragraph went on
            }
            // A hyphen right before the last line leaves a fragment of a word standing alone.
            if (j == n && afterHyphen) cost += st.justify ? kFinalHyphenDemerits : kRaggedHyphenCost;
            if (best[i] + cost < best[j]) {
                best[j] = best[i] + cost;
                from[j] = i;
            }
            if (j - i > 400) break; // no line holds that many words; bounds the work on hostile input
        }
    }
    std::vector<size_t> breaks;
    for (size_t j = n; j > 0; j = from[j]) breaks.push_back(j);
    std::reverse(breaks.begin(), breaks.end());

    std::vector<TextLine> lines;
    lines.reserve(breaks.size());
    size_t i = 0;
    for (size_t li = 0; li < breaks.size(); ++li) {
        const size_t j = breaks[li];
        const bool last = li + 1 == breaks.size();
        const float lineWidth = li == 0 ? firstWidth : st.width;
        const bool hyphenated = !last && words[j - 1].hyphen;
        const double natural = prefix[j] - prefix[i] - (words[j - 1].glue ? words[j - 1].space : 0) +
                               (hyphenated ? words[j - 1].hyphenWidth : 0);
        const int gaps = gapsIn(i, j);
        float extra = 0;
        if (st.justify && !last && gaps > 0) {
            extra = float((lineWidth - natural) / gaps);
            // A line that would need gaping spaces is better set ragged (hostile input: a line of two
            // long addresses); one that is tight shrinks its spaces as the line choice allowed.
            if (extra > 2 * words[i].space || extra < -1.1f * float(kShrink) * words[i].space) extra = 0;
        }
        TextLine line;
        line.width = float(natural);
        float x = li == 0 ? st.firstIndent : 0;
        // The words of a line go out as one text with real spaces, widened by `extra` where the line is
        // justified (PdfContentWriter turns that into one TJ): the same glyphs at the same places as
        // word by word, in a fraction of the operators, and the text extracts with its spaces. A change
        // of style or colour, or a link, starts a new op. `joinable` is the op that may take the next box.
        int joinable = -1;
        float gap = 0; // what stands between the joinable op's end and the next box: nothing or one space
        for (size_t k = i; k < j; ++k) {
            std::vector<Box> hyphenatedEnd;
            if (hyphenated && k + 1 == j) {
                hyphenatedEnd = words[k].boxes;
                hyphenatedEnd.back().text += QChar(kSoftHyphen);
                hyphenatedEnd.back().w += words[k].hyphenWidth;
            }
            for (const Box& b : hyphenatedEnd.empty() ? words[k].boxes : hyphenatedEnd) {
                const unsigned color = b.link >= 0 ? kLinkColor : st.color;
                if (joinable >= 0 && b.link < 0) {
                    PdfOp& prev = line.ops[size_t(joinable)];
                    const float space = m_fonts.width(b.style, QChar(QLatin1Char(' ')), size) + extra;
                    const bool spaced = gap == 0 || std::abs(gap - space) < 0.001f;
                    // Strings stay short for readers that keep at most 32,767 bytes of one (a line of
                    // zero-width marks could otherwise join hundreds of thousands of them).
                    if (prev.style == b.style && prev.color == color && spaced && prev.text.size() < kMaxJoinBytes) {
                        prev.text += gap == 0 ? std::string() : std::string(" ");
                        prev.text += b.text.toStdString();
                        prev.w += gap + b.w;
                        x += b.w;
                        gap = 0;
                        continue;
                    }
                }
                joinable = b.link < 0 ? int(line.ops.size()) : -1;
                gap = 0;
                line.ops.push_back(PdfOp::makeText(x, 0, b.style, size, b.text.toStdString(), b.w, color));
                line.ops.back().spacing = extra;
                if (b.link >= 0) {
                    line.ops.push_back(PdfOp::makeLine(x, size * 0.15f, x + b.w, size * 0.15f, 0.5f, kLinkColor));
                    PdfOp l;
                    l.kind = PdfOp::Kind::UriLink;
                    l.x = x;
                    l.y = -size * 0.95f;
                    l.w = b.w;
                    l.h = size * 1.25f;
                    l.text = links.at(b.link).toStdString();
                    line.ops.push_back(std::move(l));
                }
                x += b.w;
            }
            if (words[k].glue && k + 1 < j) {
                x += words[k].space + extra;
                gap = words[k].space + extra;
            }
        }
        lines.push_back(std::move(line));
        i = j;
    }
    return lines;
}

} // namespace cpc
