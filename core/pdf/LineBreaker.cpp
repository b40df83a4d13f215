#include "pdf/LineBreaker.h"

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
};

// Cuts a word wider than the line into pieces that fit, preferring to cut after a URL separator.
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
    size_t start = 0;
    while (start < chars.size()) {
        float acc = 0;
        size_t end = start;
        size_t goodCut = 0;
        while (end < chars.size() && acc + chars[end].w <= width) {
            acc += chars[end].w;
            const QChar c = chars[end].c;
            ++end;
            if (c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_') ||
                c == QLatin1Char('?') || c == QLatin1Char('&') || c == QLatin1Char('='))
                goodCut = end;
        }
        if (end == start) ++end; // a single glyph wider than the line still goes somewhere
        if (end < chars.size() && goodCut > start + (end - start) / 2) end = goodCut;
        Word piece;
        for (size_t i = start; i < end; ++i) {
            if (piece.boxes.empty() || piece.boxes.back().style != chars[i].s || piece.boxes.back().link != chars[i].link)
                piece.boxes.push_back(Box{QString(), chars[i].s, 0, chars[i].link});
            piece.boxes.back().text += chars[i].c;
            piece.boxes.back().w += chars[i].w;
            piece.w += chars[i].w;
        }
        const bool last = end >= chars.size();
        piece.glue = last ? word.glue : false;
        piece.space = word.space;
        out.push_back(std::move(piece));
        start = end;
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
        if (!run.link.isEmpty()) {
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
            qsizetype end = pos;
            while (end < n && run.text.at(end) != QLatin1Char(' ')) ++end;
            Box b{run.text.mid(pos, end - pos), s, 0, link};
            b.w = m_fonts.width(s, b.text, size);
            current.w += b.w;
            current.boxes.push_back(std::move(b));
            pos = end;
        }
    }
    finishWord(false);
    if (words.empty()) return {};

    const float firstWidth = std::max(st.width - st.firstIndent, size);
    const float minWidth = std::min(firstWidth, st.width);
    std::vector<Word> fitted;
    fitted.reserve(words.size());
    for (Word& w : words) {
        if (w.w > minWidth) splitLongWord(w, minWidth, size, m_fonts, fitted);
        else fitted.push_back(std::move(w));
    }
    words.swap(fitted);

    // Optimal line choice (total-fit, as TeX does, without hyphenation): the fewest badly stretched lines.
    const size_t n = words.size();
    std::vector<double> prefix(n + 1, 0);
    for (size_t k = 0; k < n; ++k) prefix[k + 1] = prefix[k] + words[k].w + (words[k].glue ? words[k].space : 0);
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> best(n + 1, inf);
    std::vector<size_t> from(n + 1, 0);
    best[0] = 0;
    for (size_t j = 1; j <= n; ++j) {
        for (size_t i = j; i-- > 0;) {
            const float lineWidth = i == 0 ? firstWidth : st.width;
            const double natural = prefix[j] - prefix[i] - (words[j - 1].glue ? words[j - 1].space : 0);
            if (natural > lineWidth + 0.01 && i + 1 < j) break;
            if (best[i] == inf) continue;
            int gaps = 0;
            double stretchable = 0;
            for (size_t k = i; k + 1 < j; ++k)
                if (words[k].glue) {
                    ++gaps;
                    stretchable += words[k].space;
                }
            double cost = 0;
            const double slack = std::max(0.0, lineWidth - natural);
            if (j < n && st.justify) {
                // A line without spaces to stretch is as bad as the loosest line: never a cheap way out.
                const double ratio = slack / std::max(stretchable, double(words[i].space));
                // Not capped as TeX does: with no shrink and no hyphenation many lines would reach the cap
                // and tie, and ties let the choice fall on a one-word line.
                const double r = std::min(ratio, 1000.0);
                const double badness = 100 * r * r * r;
                cost = (1 + badness) * (1 + badness);
            } else if (j < n) {
                // Ragged text (tables, headings): even line lengths read best.
                const double r = slack / lineWidth;
                cost = 1 + 10000 * r * r;
            } else if (slack < 0.02 * lineWidth && j - i > 1) {
                cost = 50; // a last line that exactly fills the measure reads as if the paragraph went on
            }
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

    if (st.justify) {
        // One gaping line set ragged among justified ones shows (narrow parallel columns): the whole
        // paragraph reads better ragged, with its lines chosen for even length.
        size_t a = 0;
        for (size_t li = 0; li + 1 < breaks.size(); ++li) {
            const size_t b = breaks[li];
            const double natural = prefix[b] - prefix[a] - (words[b - 1].glue ? words[b - 1].space : 0);
            int gaps = 0;
            for (size_t k = a; k + 1 < b; ++k) gaps += words[k].glue ? 1 : 0;
            if (gaps > 0 && ((li == 0 ? firstWidth : st.width) - natural) / gaps > 2 * words[a].space) {
                Style ragged = st;
                ragged.justify = false;
                return layout(runs, ragged);
            }
            a = b;
        }
    }
    std::vector<TextLine> lines;
    lines.reserve(breaks.size());
    size_t i = 0;
    for (size_t li = 0; li < breaks.size(); ++li) {
        const size_t j = breaks[li];
        const bool last = li + 1 == breaks.size();
        const float lineWidth = li == 0 ? firstWidth : st.width;
        const double natural = prefix[j] - prefix[i] - (words[j - 1].glue ? words[j - 1].space : 0);
        int gaps = 0;
        for (size_t k = i; k + 1 < j; ++k) gaps += words[k].glue ? 1 : 0;
        float extra = 0;
        if (st.justify && !last && gaps > 0) {
            extra = float((lineWidth - natural) / gaps);
            // A line that would need gaping spaces is better set ragged.
            if (extra > 2 * words[i].space || extra < 0) extra = 0;
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
            for (const Box& b : words[k].boxes) {
                const unsigned color = b.link >= 0 ? kLinkColor : st.color;
                if (joinable >= 0 && b.link < 0) {
                    PdfOp& prev = line.ops[size_t(joinable)];
                    const float space = m_fonts.width(b.style, QChar(QLatin1Char(' ')), size) + extra;
                    const bool spaced = gap == 0 || std::abs(gap - space) < 0.001f;
                    if (prev.style == b.style && prev.color == color && spaced) {
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
