#include "pdf/LineBreaker.h"

#include "pdf/FallbackFont.h"
#include "pdf/WordPieces.h"
#include "util/Limits.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cpc {

namespace {

constexpr unsigned kLinkColor = 0x1F4E99;

// TeX's demerits for a hyphenated line, two in a row, and a hyphen on the paragraph's last-but-one line.
constexpr double kHyphenDemerits = 2500, kDoubleHyphenDemerits = 10000, kFinalHyphenDemerits = 5000;
// How far a justified line's spaces may shrink, as a share of their width.
constexpr double kShrink = 0.2;
// In ragged text a hyphen is worth it where it saves about an eighth of the line.
constexpr double kRaggedHyphenCost = 150, kRaggedDoubleHyphenCost = 1000;

using Box = WordPieces::Box;
using Word = WordPieces::Word;
constexpr size_t kMaxPieceChars = WordPieces::kMaxPieceChars;
constexpr char16_t kSoftHyphen = WordPieces::kSoftHyphen;
constexpr size_t kMaxJoinBytes = 4096;

qsizetype characters(const QString& s)
{
    qsizetype n = s.size();
    for (QChar c : s)
        n -= c.isLowSurrogate() ? 1 : 0;
    return n;
}

// Appends `s` in UTF-8, byte for byte what QString::toStdString gives, without its two buffers: a line's
// boxes are most of the texts an export converts. A surrogate (rare; sanitised text has none alone)
// takes Qt's way.
void appendUtf8(std::string& out, const QString& s)
{
    const size_t start = out.size();
    for (QChar ch : s) {
        const char16_t c = ch.unicode();
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0xD800 || c > 0xDFFF) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out.resize(start);
            out += s.toStdString();
            return;
        }
    }
}

std::string utf8(const QString& s)
{
    std::string out;
    out.reserve(size_t(s.size()));
    appendUtf8(out, s);
    return out;
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

    // Each pass rebuilds the list only when it has something to cut (most paragraphs of tables and
    // headings have not).
    if (st.hyphenate || std::any_of(words.begin(), words.end(), [](const Word& w) {
            return std::any_of(w.boxes.begin(), w.boxes.end(),
                               [](const Box& b) { return b.text.contains(QChar(kSoftHyphen)); });
        })) {
        std::vector<Word> pieces;
        pieces.reserve(words.size() + words.size() / 2);
        for (Word& w : words)
            WordPieces::hyphenate(w,
                                  st.hyphenateOverlongOnly && w.w <= st.width ? std::nullopt : st.hyphenate,
                                  size, m_fonts, pieces);
        words.swap(pieces);
    }
    if (words.empty()) return {};

    const float firstWidth = std::max(st.width - st.firstIndent, size);
    const float minWidth = std::min(firstWidth, st.width);
    const auto tooLong = [&](const Word& w) {
        size_t chars = 0;
        for (const Box& b : w.boxes)
            chars += size_t(b.text.size());
        return w.w > minWidth || chars > kMaxPieceChars;
    };
    if (std::any_of(words.begin(), words.end(), tooLong)) {
        std::vector<Word> fitted;
        fitted.reserve(words.size() + 4);
        for (Word& w : words) {
            if (tooLong(w))
                WordPieces::splitLong(w, minWidth, size, m_fonts, fitted);
            else
                fitted.push_back(std::move(w));
        }
        words.swap(fitted);
    }

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
    // The break points whose best totals rise with their position (each the least of best[] from it on):
    // the least total a line could follow from any start at or after a given one.
    std::vector<size_t> rising;
    rising.reserve(64);
    for (size_t j = 1; j <= n; ++j) {
        while (!rising.empty() && best[rising.back()] >= best[j - 1])
            rising.pop_back();
        rising.push_back(j - 1);
        const double lastSpace = words[j - 1].glue ? words[j - 1].space : 0;
        const bool canShrink = st.justify && j < n;
        const auto lineWidthFrom = [&](size_t i) { return i == 0 ? firstWidth : st.width; };
        const auto tooWide = [&](size_t i) {
            const double bare = prefix[j] - prefix[i] - lastSpace;
            const double shrinkable = canShrink ? kShrink * (stretchBefore[j - 1] - stretchBefore[i]) : 0;
            return bare - shrinkable > lineWidthFrom(i) + 0.01;
        };
        // The lines weighed start after the last start that makes them too wide (a single piece always
        // may) and hold at most 400 pieces, which bounds the work on hostile input. A line is wider the
        // earlier it starts, so that start is found by bisection; only the first line's measure differs.
        const size_t floor = j > 401 ? j - 401 : 0;
        size_t lo = j - 1;
        for (size_t a = std::max<size_t>(floor, 1), b = j - 1; a < b;) {
            const size_t m = a + (b - a) / 2;
            if (tooWide(m))
                a = m + 1;
            else
                b = lo = m;
        }
        if (floor == 0 && lo == 1 && !tooWide(0)) lo = 0;
        // From the widest line to the narrowest: once a line is not overfull, a later start makes it only
        // looser and no cheaper, so the search stops where even the least total before it cannot win.
        size_t r = size_t(std::lower_bound(rising.begin(), rising.end(), lo) - rising.begin());
        for (size_t i = lo; i < j; ++i) {
            while (rising[r] < i)
                ++r;
            if (best[i] == inf) continue;
            const float lineWidth = lineWidthFrom(i);
            const double bare = prefix[j] - prefix[i] - lastSpace;
            const double stretchable = stretchBefore[j - 1] - stretchBefore[i];
            // Justified spaces may also shrink a little (a fifth, less than TeX's third).
            const double shrinkable = canShrink ? kShrink * stretchable : 0;
            const bool hyphenated = j < n && words[j - 1].hyphen;
            const bool afterHyphen = i > 0 && words[i - 1].hyphen;
            const double natural = bare + (hyphenated ? words[j - 1].hyphenWidth : 0);
            if (natural - shrinkable > lineWidth + 0.01 && i + 1 < j) continue;
            double cost = 0;
            const double slack = std::max(0.0, lineWidth - natural);
            if (j < n && st.justify && natural > lineWidth) {
                const double q = (natural - lineWidth) / std::max(shrinkable, 0.001);
                const double badness = 100 * q * q * q;
                cost = (1 + badness) * (1 + badness);
                if (hyphenated) cost += kHyphenDemerits + (afterHyphen ? kDoubleHyphenDemerits : 0);
            } else if (j < n) {
                if (st.justify) {
                    // A line without spaces to stretch is as bad as the loosest line: never a cheap way
                    // out. A space may stretch by half its width at badness 100, as TeX's do.
                    const double ratio = slack / (0.5 * std::max(stretchable, double(words[i].space)));
                    // Not capped as TeX does: with no shrink many lines would reach the cap and tie, and
                    // ties let the choice fall on a one-word line.
                    const double q = std::min(ratio, 1000.0);
                    const double badness = 100 * q * q * q;
                    cost = (1 + badness) * (1 + badness) + (hyphenated ? kHyphenDemerits : 0);
                } else {
                    // Ragged text (tables, headings, narrow columns): even line lengths read best.
                    const double q = slack / lineWidth;
                    cost = 1 + 10000 * q * q + (hyphenated ? kRaggedHyphenCost : 0);
                }
                if (i > 0 && best[rising[r]] + cost > best[j]) break;
                if (hyphenated && afterHyphen)
                    cost += st.justify ? kDoubleHyphenDemerits : kRaggedDoubleHyphenCost;
            } else if (slack < 0.02 * lineWidth && j - i > 1) {
                cost = 50; // a last line that exactly fills the measure reads as if the paragraph went on
            }
            // A hyphen right before the last line leaves a fragment of a word standing alone.
            if (j == n && afterHyphen) cost += st.justify ? kFinalHyphenDemerits : kRaggedHyphenCost;
            // Of two equal choices the later start wins (the shorter last line), as it always has.
            if (best[i] + cost <= best[j]) {
                best[j] = best[i] + cost;
                from[j] = i;
            }
        }
    }
    std::vector<size_t> breaks;
    for (size_t j = n; j > 0; j = from[j])
        breaks.push_back(j);
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
            decltype(Word::boxes) hyphenatedEnd;
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
                    if (prev.style == b.style && prev.color == color && spaced &&
                        prev.text.size() < kMaxJoinBytes) {
                        if (gap != 0) prev.text += ' ';
                        appendUtf8(prev.text, b.text);
                        prev.w += gap + b.w;
                        x += b.w;
                        gap = 0;
                        continue;
                    }
                }
                joinable = b.link < 0 ? int(line.ops.size()) : -1;
                gap = 0;
                line.ops.push_back(PdfOp::makeText(x, 0, b.style, size, utf8(b.text), b.w, color));
                line.ops.back().spacing = extra;
                if (b.link >= 0) {
                    line.ops.push_back(
                        PdfOp::makeLine(x, size * 0.15f, x + b.w, size * 0.15f, 0.5f, kLinkColor));
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
