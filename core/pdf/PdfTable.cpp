#include "pdf/PdfTable.h"

#include <algorithm>

namespace cpc {

namespace {
constexpr float kPad = 3;
constexpr unsigned kHeaderFill = 0xDDE4EE;
constexpr unsigned kZebraFill = 0xF4F6F9;
constexpr unsigned kRule = 0x7A8699;
} // namespace

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
    std::vector<TableCell> header;
    for (const TableColumn& c : m_columns) header.push_back(TableCell{c.header, QString(), FontStyle::Bold, 0x1B2A41});
    addRows(block, header, true, maxRowHeight, false);
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
    for (size_t i = 0; i < m_rows.size(); ++i) addRows(block, m_rows[i], false, maxRowHeight, i % 2 == 1);
    return block;
}

void PdfTable::addRows(FlowBlock& block, const std::vector<TableCell>& cells, bool header, float maxRowHeight,
                       bool shade) const
{
    LineBreaker breaker(m_fonts);
    const float leading = m_size * 1.3f;
    float totalWeight = 0;
    for (const TableColumn& c : m_columns) totalWeight += c.weight;
    std::vector<float> xs, ws;
    float x = 0;
    for (const TableColumn& c : m_columns) {
        xs.push_back(x);
        ws.push_back(m_width * c.weight / totalWeight);
        x += ws.back();
    }
    // Each cell's lines, with the column's alignment applied.
    std::vector<std::vector<TextLine>> cellLines(m_columns.size());
    size_t tallest = 1;
    for (size_t c = 0; c < m_columns.size(); ++c) {
        if (c >= cells.size()) continue;
        LineBreaker::Style st;
        st.size = m_size;
        st.width = std::max(ws[c] - 2 * kPad, m_size);
        st.justify = false;
        st.color = cells[c].color;
        cellLines[c] = breaker.layout(m_fonts.sanitize(cells[c].text), cells[c].style, st);
        if (!cells[c].second.isEmpty()) {
            st.color = 0x4A4A4A;
            auto more = breaker.layout(m_fonts.sanitize(cells[c].second), FontStyle::Italic, st);
            for (TextLine& l : more)
                for (PdfOp& o : l.ops) o.part = PdfOp::Part::Second;
            for (TextLine& l : more) cellLines[c].push_back(std::move(l));
        }
        for (TextLine& l : cellLines[c])
            for (PdfOp& o : l.ops) o.cell = short(c); // the structure tree's cell
        // A figure's header sits over its figures, on their right edge.
        if (m_columns[c].right)
            for (TextLine& l : cellLines[c]) translateOps(l.ops, st.width - l.width, 0);
        tallest = std::max(tallest, cellLines[c].size());
    }
    const size_t perRow = std::max<size_t>(1, size_t((maxRowHeight - 2 * kPad - 2) / leading));
    for (size_t start = 0; start < tallest; start += perRow) {
        const size_t count = std::min(perRow, tallest - start);
        FlowRow row;
        row.height = float(count) * leading + 2 * kPad;
        if (header) row.ops.push_back(PdfOp::makeRect(0, 0, m_width, row.height, kHeaderFill));
        else if (shade) row.ops.push_back(PdfOp::makeRect(0, 0, m_width, row.height, kZebraFill));
        for (size_t c = 0; c < cellLines.size(); ++c) {
            for (size_t i = start; i < start + count && i < cellLines[c].size(); ++i) {
                PdfOps ops = cellLines[c][i].ops;
                translateOps(ops, xs[c] + kPad, kPad + float(i - start) * leading + m_size * 1.0f);
                row.ops.insert(row.ops.end(), std::make_move_iterator(ops.begin()), std::make_move_iterator(ops.end()));
            }
        }
        const bool lastPiece = start + count >= tallest;
        if (header) row.ops.push_back(PdfOp::makeLine(0, row.height, m_width, row.height, 0.8f, kRule));
        else if (lastPiece) row.ops.push_back(PdfOp::makeLine(0, row.height, m_width, row.height, 0.3f, 0xB8C0CC));
        block.rows.push_back(std::move(row));
    }
}

} // namespace cpc
