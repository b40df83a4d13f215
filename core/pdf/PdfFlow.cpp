#include "pdf/PdfFlow.h"

#include <algorithm>

namespace cpc {

float PdfFlow::blockHeight(const FlowBlock& b, int rows)
{
    const size_t n = rows < 0 ? b.rows.size() : std::min(b.rows.size(), size_t(rows));
    float h = 0;
    for (size_t i = 0; i < n; ++i) h += b.rows[i].height;
    return h;
}

void PdfFlow::flow(std::vector<FlowBlock>& blocks, std::vector<FlowPage>& pages, std::vector<HeadingMark>& marks) const
{
    if (blocks.empty()) return;
    pages.emplace_back();
    float y = 0;
    bool fresh = true; // nothing but repeated table headers on the page yet
    auto newPage = [&] {
        pages.emplace_back();
        y = 0;
        fresh = true;
    };
    // `copy`: the row stays for repeating (a table header); `repeat`: it is such a repeat, an artifact
    // for the structure tree (the header's cells are content once, where the table starts).
    auto place = [&](FlowRow& row, bool copy, bool repeat = false) {
        const size_t first = pages.back().ops.size();
        if (copy) pages.back().ops.insert(pages.back().ops.end(), row.ops.begin(), row.ops.end());
        else {
            pages.back().ops.insert(pages.back().ops.end(), std::make_move_iterator(row.ops.begin()),
                                    std::make_move_iterator(row.ops.end()));
            row.ops.clear();
            row.ops.shrink_to_fit();
        }
        for (size_t i = first; i < pages.back().ops.size(); ++i) {
            pages.back().ops[i].x += m_x;
            pages.back().ops[i].y += m_top + y;
            if (repeat) pages.back().ops[i].tag = -1;
        }
        y += row.height;
    };

    for (size_t bi = 0; bi < blocks.size(); ++bi) {
        FlowBlock& b = blocks[bi];
        if (b.rows.empty()) continue;
        if (b.breakBefore && !fresh) newPage();
        if (y > 0) y += b.spaceBefore;

        // A heading goes to the next page unless it, the headings right after it and the first lines of
        // the text they introduce fit here.
        if (b.keepWithNext && y > 0) {
            float need = blockHeight(b);
            size_t k = bi + 1;
            while (k < blocks.size() && blocks[k].keepWithNext && !blocks[k].breakBefore) {
                need += blocks[k].spaceBefore + blockHeight(blocks[k]);
                ++k;
            }
            if (k < blocks.size() && !blocks[k].breakBefore)
                need += blocks[k].spaceBefore + blockHeight(blocks[k], std::max(blocks[k].orphans, blocks[k].headerRows + 1));
            if (y + need > m_height && need <= m_height) newPage();
        }

        const int n = int(b.rows.size());
        int r = 0;
        while (r < n) {
            // How many rows fit from r on.
            int k = 0;
            float h = 0;
            while (r + k < n && y + h + b.rows[size_t(r + k)].height <= m_height + 0.01f) {
                h += b.rows[size_t(r + k)].height;
                ++k;
            }
            if (k < n - r) {
                const int minFirst = r == 0 ? std::max(b.orphans, b.headerRows + 1) : 1;
                const int remain = n - r - k;
                if (remain > 0 && remain < b.widows) k = std::max(0, n - r - b.widows);
                if (k < minFirst && k < n - r) k = 0;
                if (k == 0 && fresh) {
                    // Nothing satisfies the rules even on an empty page: fill it as far as the rows allow.
                    k = 0;
                    h = 0;
                    while (r + k < n && y + h + b.rows[size_t(r + k)].height <= m_height + 0.01f) {
                        h += b.rows[size_t(r + k)].height;
                        ++k;
                    }
                    k = std::max(k, 1);
                }
            }
            if (k == 0) {
                newPage();
                if (r > 0)
                    for (int hr = 0; hr < b.headerRows; ++hr) place(b.rows[size_t(hr)], true, true);
                continue;
            }
            for (int i = 0; i < k; ++i) {
                if (r + i == 0 && b.heading >= 0 && b.heading < int(marks.size())) {
                    marks[size_t(b.heading)].page = int(pages.size()) - 1;
                    marks[size_t(b.heading)].y = m_top + y;
                }
                place(b.rows[size_t(r + i)], r + i < b.headerRows);
            }
            fresh = false;
            r += k;
            if (r < n) {
                newPage();
                for (int hr = 0; hr < b.headerRows; ++hr) place(b.rows[size_t(hr)], true, true);
            }
        }
        y += b.spaceAfter;
    }
}

} // namespace cpc
