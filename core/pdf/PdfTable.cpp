#include "pdf/PdfTable.h"

#include "pdf/WordPieces.h"

#include <algorithm>

namespace cpc {

namespace {
constexpr float kPad = 3;
constexpr unsigned kHeaderFill = 0xDDE4EE;
constexpr unsigned kZebraFill = 0xF4F6F9;
constexpr unsigned kRule = 0x7A8699;
} // namespace

// A cell's text as set: sanitised once, measured once (its whole width and its widest word, the narrowest
// column that sets it without cutting a word; a bilingual label's "Number /" counts as one word, since
// the slash ends the first language's line and never starts one).
PdfTable::Prepared PdfTable::prepare(const QString& raw, FontStyle style) const
{
    Prepared p;
    p.text = m_fonts.sanitize(raw);
    const float space = m_fonts.width(style, QChar(QLatin1Char(' ')), m_size);
    float word = 0, previous = 0;
    qsizetype chars = 0;
    bool slash = false;
    const auto endWord = [&] {
        if (chars == 1 && slash && previous > 0) p.widest = std::max(p.widest, previous + space + word);
        p.widest = std::max(p.widest, word);
        if (chars > 0) previous = word;
        word = 0;
        chars = 0;
    };
    for (const QChar c : p.text) {
        const float a = m_fonts.width(style, c, m_size);
        p.full += a;
        if (c == QLatin1Char(' ')) {
            endWord();
            continue;
        }
        word += a;
        ++chars;
        slash = c == QLatin1Char('/');
    }
    endWord();
    return p;
}

float PdfTable::widestPiece(const QString& text, FontStyle style, std::optional<Language> language,
                            float width) const
{
    float widest = 0;
    for (const QStringView w : QStringView(text).split(u' ', Qt::SkipEmptyParts)) {
        WordPieces::Word word;
        word.boxes.push_back(
            WordPieces::Box{w.toString(), style, m_fonts.width(style, w.toString(), m_size)});
        word.w = word.boxes.front().w;
        if (word.w <= width || !language) {
            widest = std::max(widest, word.w);
            continue;
        }
        std::vector<WordPieces::Word> pieces;
        WordPieces::hyphenate(word, language, m_size, m_fonts, pieces);
        for (const WordPieces::Word& p : pieces)
            widest = std::max(widest, p.w + (p.hyphen ? p.hyphenWidth : 0));
    }
    return widest;
}

namespace {

// Shares `room` among the columns whose width is unset (negative), by weight, none below its minimum and,
// while another column can take the rest, none beyond what its longest text needs on one line.
void fill(std::vector<float>& widths, const std::vector<float>& minimum, const std::vector<float>& maximum,
          const std::vector<float>& weight, float room)
{
    for (bool again = true; again;) {
        again = false;
        float free = room, total = 0;
        int unset = 0;
        for (size_t c = 0; c < widths.size(); ++c) {
            if (widths[c] >= 0)
                free -= widths[c];
            else
                total += weight[c], ++unset;
        }
        for (size_t c = 0; c < widths.size() && total > 0 && !again; ++c)
            if (widths[c] < 0 && free * weight[c] / total < minimum[c]) {
                widths[c] =
                    minimum[c]; // too narrow for its longest word: it takes that, the others share the rest
                again = true;
            }
        for (size_t c = 0; c < widths.size() && total > 0 && !again && unset > 1; ++c)
            if (widths[c] < 0 && free * weight[c] / total > maximum[c]) {
                widths[c] =
                    maximum[c]; // its texts fit on one line: the room it does not need goes to the others
                again = true;
            }
        if (!again)
            for (size_t c = 0; c < widths.size(); ++c)
                if (widths[c] < 0) widths[c] = total > 0 ? std::max(0.f, free) * weight[c] / total : 0;
    }
}

} // namespace

std::vector<float> PdfTable::columnWidths() const
{
    return widthsOf(prepareAll());
}

std::vector<std::vector<PdfTable::PreparedCell>> PdfTable::prepareAll() const
{
    std::vector<std::vector<PreparedCell>> all;
    all.reserve(m_rows.size() + 1);
    all.emplace_back();
    for (const TableColumn& c : m_columns)
        all.back().push_back({prepare(c.header, FontStyle::Bold), {}});
    for (const std::vector<TableCell>& row : m_rows) {
        all.emplace_back();
        for (const TableCell& cell : row)
            all.back().push_back(
                {prepare(cell.text, cell.style),
                 cell.second.isEmpty() ? Prepared{} : prepare(cell.second, FontStyle::Italic)});
    }
    return all;
}

std::vector<float> PdfTable::widthsOf(const std::vector<std::vector<PreparedCell>>& cells) const
{
    // A figure is never cut and no word is broken: each column is at least as wide as its longest word
    // (its longest figure for a figure column), figure columns as wide as their widest figure, and the
    // text columns share the rest by weight, wrapping their words.
    const size_t n = m_columns.size();
    std::vector<float> minimum(n, 0), natural(n, 0), header(n, 0), weight(n, 0);
    for (size_t c = 0; c < n; ++c) {
        minimum[c] = cells[0][c].text.widest;
        header[c] = cells[0][c].text.full;
        weight[c] = std::max(0.01f, m_columns[c].weight);
    }
    for (size_t r = 1; r < cells.size(); ++r)
        for (size_t c = 0; c < n && c < cells[r].size(); ++c) {
            const PreparedCell& cell = cells[r][c];
            minimum[c] = std::max({minimum[c], cell.text.widest, cell.second.widest});
            natural[c] = std::max({natural[c], cell.text.full, cell.second.full});
        }
    float totalWeight = 0;
    for (float w : weight)
        totalWeight += w;
    for (size_t c = 0; c < n; ++c) {
        // A "word" wider than a good part of the table (an address, a run of letters) is cut anyway.
        minimum[c] = std::min(minimum[c] + 2 * kPad + 0.5f, m_width * 0.45f);
        natural[c] = std::max(natural[c] + 2 * kPad + 0.5f, minimum[c]);
    }
    float least = 0;
    for (float m : minimum)
        least += m;
    if (least > m_width) {
        // Not even the longest words fit side by side: the columns of the widest words give way, down to a
        // common width, and the others keep every word whole. A word then too wide for its column is
        // hyphenated, or set smaller where it has no hyphenation point (addRows), never cut.
        std::vector<float> sorted = minimum;
        std::sort(sorted.begin(), sorted.end());
        float rest = m_width, cap = 0;
        for (size_t k = 0; k < n; ++k) {
            cap = rest / float(n - k);
            if (sorted[k] >= cap) break;
            rest -= sorted[k];
        }
        std::vector<float> widths(n);
        for (size_t c = 0; c < n; ++c)
            widths[c] = std::min(minimum[c], cap);
        return widths;
    }
    // Figure columns: their widest figure, or their header's width when their share of the table allows.
    for (int attempt = 0; attempt < 3; ++attempt) {
        std::vector<float> widths(n, -1);
        float fixedSum = 0, textLeast = 0;
        for (size_t c = 0; c < n; ++c) {
            if (!m_columns[c].right) {
                textLeast += minimum[c];
                continue;
            }
            const float share = m_width * weight[c] / totalWeight;
            widths[c] = attempt == 0   ? std::max(natural[c], std::min(share, header[c] + 2 * kPad + 0.5f))
                        : attempt == 1 ? natural[c]
                                       : minimum[c];
            fixedSum += widths[c];
        }
        if (fixedSum + textLeast > m_width && attempt < 2) continue;
        // A text column needs at most its longest text and its header on one line.
        std::vector<float> maximum = natural;
        for (size_t c = 0; c < n; ++c)
            maximum[c] = std::max(natural[c], header[c] + 2 * kPad + 0.5f);
        fill(widths, minimum, maximum, weight, m_width);
        return widths;
    }
    return minimum;
}

FlowBlock PdfTable::build(float maxRowHeight) const
{
    FlowBlock block;
    block.headerRows = 1;
    block.role = FlowBlock::Role::Table;
    // The header and one row alone at the foot of a page read as a table that stops there; two rows at
    // least stay together on either side of a page break.
    block.orphans = 3;
    block.widows = 2;
    block.spaceBefore = 6;
    block.spaceAfter = 10;
    const std::vector<std::vector<PreparedCell>> prepared = prepareAll();
    m_widths = widthsOf(prepared);
    // The header's cells (their texts are prepared[0]).
    TableCell headerCell{QString(), QString(), FontStyle::Bold, 0x1B2A41};
    headerCell.language = m_language;
    const std::vector<TableCell> header(m_columns.size(), headerCell);
    addRows(block, header, prepared[0], true, maxRowHeight, false);
    // Repeating a header taller than one row would need more care than a header ever needs.
    if (block.rows.size() > 1) {
        FlowRow merged;
        for (FlowRow& r : block.rows) {
            translateOps(r.ops, 0, merged.height);
            merged.ops.insert(merged.ops.end(), r.ops.begin(), r.ops.end());
            merged.height += r.height;
        }
        block.rows = {merged};
    }
    // A body row taller than a page is cut into pieces that fit under the repeated header.
    const float bodyHeight = std::max(maxRowHeight - block.rows.front().height, maxRowHeight * 0.5f);
    for (size_t i = 0; i < m_rows.size(); ++i)
        addRows(block, m_rows[i], prepared[i + 1], false, bodyHeight, i % 2 == 1);
    return block;
}

void PdfTable::addRows(FlowBlock& block, const std::vector<TableCell>& cells,
                       const std::vector<PreparedCell>& texts, bool header, float maxRowHeight,
                       bool shade) const
{
    LineBreaker breaker(m_fonts);
    const float leading = m_size * 1.3f;
    const std::vector<float>& ws = m_widths;
    std::vector<float> xs;
    float x = 0;
    for (float w : ws) {
        xs.push_back(x);
        x += w;
    }
    // Each cell's lines, with the column's alignment applied.
    std::vector<std::vector<TextLine>> cellLines(m_columns.size());
    size_t tallest = 1;
    for (size_t c = 0; c < m_columns.size(); ++c) {
        if (c >= cells.size()) continue;
        LineBreaker::Style st;
        st.width = std::max(ws[c] - 2 * kPad, m_size);
        st.justify = false;
        st.color = cells[c].color;
        st.hyphenateOverlongOnly = true;
        // A word wider than its column (only when the table cannot give every word its width) is
        // hyphenated by its language's patterns, and what still does not fit (a figure, a word without a
        // hyphenation point) is set smaller: a word is never cut elsewhere, a figure never.
        const auto fit = [&](const Prepared& p, FontStyle style, std::optional<Language> language) {
            st.size = m_size;
            st.hyphenate = language;
            const float room = st.width - 0.25f;
            const float piece = p.widest > room ? widestPiece(p.text, style, language, room) : p.widest;
            if (piece > room) st.size = std::max(m_size * 0.6f, m_size * 0.98f * room / piece);
        };
        fit(texts[c].text, cells[c].style, cells[c].language);
        cellLines[c] = breaker.layout(texts[c].text.text, cells[c].style, st);
        if (!cells[c].second.isEmpty()) {
            st.color = 0x4A4A4A;
            fit(texts[c].second, FontStyle::Italic, cells[c].secondLanguage);
            auto more = breaker.layout(texts[c].second.text, FontStyle::Italic, st);
            for (TextLine& l : more)
                for (PdfOp& o : l.ops)
                    o.part = PdfOp::Part::Second;
            for (TextLine& l : more)
                cellLines[c].push_back(std::move(l));
        }
        for (TextLine& l : cellLines[c])
            for (PdfOp& o : l.ops)
                o.cell = short(c); // the structure tree's cell
        // A figure's header sits over its figures, on their right edge.
        if (m_columns[c].right)
            for (TextLine& l : cellLines[c])
                translateOps(l.ops, st.width - l.width, 0);
        tallest = std::max(tallest, cellLines[c].size());
    }
    const size_t perRow = std::max<size_t>(1, size_t((maxRowHeight - 2 * kPad - 2) / leading));
    for (size_t start = 0; start < tallest; start += perRow) {
        const size_t count = std::min(perRow, tallest - start);
        FlowRow row;
        row.height = float(count) * leading + 2 * kPad;
        if (header)
            row.ops.push_back(PdfOp::makeRect(0, 0, m_width, row.height, kHeaderFill));
        else if (shade)
            row.ops.push_back(PdfOp::makeRect(0, 0, m_width, row.height, kZebraFill));
        for (size_t c = 0; c < cellLines.size(); ++c) {
            for (size_t i = start; i < start + count && i < cellLines[c].size(); ++i) {
                PdfOps ops = cellLines[c][i].ops;
                translateOps(ops, xs[c] + kPad, kPad + float(i - start) * leading + m_size * 1.0f);
                row.ops.insert(row.ops.end(), std::make_move_iterator(ops.begin()),
                               std::make_move_iterator(ops.end()));
            }
        }
        const bool lastPiece = start + count >= tallest;
        if (header)
            row.ops.push_back(PdfOp::makeLine(0, row.height, m_width, row.height, 0.8f, kRule));
        else if (lastPiece)
            row.ops.push_back(PdfOp::makeLine(0, row.height, m_width, row.height, 0.3f, 0xB8C0CC));
        block.rows.push_back(std::move(row));
    }
}

} // namespace cpc
