#include "pdf/PdfFlow.h"

#include <algorithm>

namespace cpc {

float PdfFlow::blockHeight(const FlowBlock& b, int rows)
{
    const size_t n = rows < 0 ? b.rows.size() : std::min(b.rows.size(), size_t(rows));
    float h = 0;
    for (size_t i = 0; i < n; ++i)
        h += b.rows[i].height;
    return h;
}

float PdfFlow::leastHeight(const FlowBlock& b)
{
    int first = std::max(b.orphans, b.headerRows + 1);
    if (int(b.rows.size()) - first < b.widows) first = int(b.rows.size());
    return blockHeight(b, first);
}

void PdfFlow::flow(std::vector<FlowBlock>& blocks, std::vector<FlowPage>& pages,
                   std::vector<HeadingMark>& marks) const
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
        if (copy)
            pages.back().ops.insert(pages.back().ops.end(), row.ops.begin(), row.ops.end());
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

        // A heading (or a chart that introduces a table) goes to the next page unless it, the unbreakable
        // blocks kept with it and the least of the text or table they introduce fit here.
        // (A table kept with the next one is kept at its end, below.)
        if (b.keepWithNext && y > 0 && b.role != FlowBlock::Role::Table) {
            float need = blockHeight(b);
            float after = b.spaceAfter;
            for (size_t k = bi + 1; k < blocks.size() && !blocks[k].breakBefore; ++k) {
                const FlowBlock& next = blocks[k];
                if (next.rows.empty()) continue;
                const float least = leastHeight(next);
                need += after + next.spaceBefore + least;
                after = next.spaceAfter;
                if (!next.keepWithNext || least < blockHeight(next)) break;
            }
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
            if (k == n - r && b.keepWithNext && k > 0) {
                // The block ends here but what it is kept with cannot start after it: its last rows go
                // over with it (a breakdown table never opens a page without the one before it).
                size_t next = bi + 1;
                while (next < blocks.size() && blocks[next].rows.empty())
                    ++next;
                if (next < blocks.size() && !blocks[next].breakBefore &&
                    y + h + b.spaceAfter + blocks[next].spaceBefore + leastHeight(blocks[next]) >
                        m_height + 0.01f) {
                    const int keep = n - r - b.widows; // rows that stay here
                    const int minFirst = r == 0 ? std::max(b.orphans, b.headerRows + 1) : 1;
                    if (keep >= minFirst) k = keep;
                }
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
                    for (int hr = 0; hr < b.headerRows; ++hr)
                        place(b.rows[size_t(hr)], true, true);
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
                for (int hr = 0; hr < b.headerRows; ++hr)
                    place(b.rows[size_t(hr)], true, true);
            }
        }
        y += b.spaceAfter;
    }
}

} // namespace cpc
