#pragma once

#include "model/Language.h"
#include "pdf/PdfOp.h"

#include <QString>
#include <optional>
#include <vector>

namespace cpc {

// A horizontal slice of content that is never cut: a line of text, a table row, a chart.
struct FlowRow {
    float height = 0;
    PdfOps ops; // drawn with the row's top-left corner at the origin
};

// A run of rows that belongs together (a paragraph, a table, a heading) and the rules for breaking it.
struct FlowBlock {
    std::vector<FlowRow> rows;
    float spaceBefore = 0; // dropped at the top of a page
    float spaceAfter = 0;
    bool keepWithNext = false; // headings: never alone at the foot of a page
    bool breakBefore = false;  // starts a new page
    int orphans = 2;           // fewest rows left at the foot of a page when the block is split
    int widows = 2;            // fewest rows carried to the top of the next page
    int headerRows = 0;        // repeated at the top of each page the block continues on (table headers)
    int heading = -1;          // index of the heading this block sets, if any
    // What the block is, for the structure tree (PdfBlockTagger).
    enum class Role : unsigned char { Other, Heading, Paragraph, Subheading, ListItem, Table, Figure };
    Role role = Role::Other;
    int depth = 0;                    // Heading: its level; ListItem: its nesting (1 or 2)
    QString alt;                      // Figure: what the picture says, in words
    std::optional<Language> language; // set where the block is not in its passage's language
};

// Where a heading landed, for the contents page, the bookmarks and internal links.
struct HeadingMark {
    int level = 1;  // 1 section, 2 subsection, 3 detail (bookmarks only)
    QString number; // "3", "3.2"
    QString title;
    QString subtitle; // the Spanish title beside the English one in the parallel layout
    int page = -1;    // index into the flowed pages
    float y = 0;      // from the top of the page
};

struct FlowPage {
    PdfOps ops;
};

// Pours blocks into pages of one frame, keeping headings with what follows, paragraphs without widows
// and orphans, and table rows whole with their header repeated.
class PdfFlow {
public:
    // The blocks are set to the frame's width already; only its place and height matter here.
    PdfFlow(float x, float top, float /*width*/, float height) : m_x(x), m_top(top), m_height(height) {}

    // Appends pages (at least one when there are blocks) to `pages` and sets the marks' pages.
    void flow(std::vector<FlowBlock>& blocks, std::vector<FlowPage>& pages,
              std::vector<HeadingMark>& marks) const;

    static float blockHeight(const FlowBlock& b, int rows = -1);
    // The least of `b` that may stand at the foot of a page: its orphans, or all of it where the rest
    // would be fewer rows than its widows.
    static float leastHeight(const FlowBlock& b);

private:
    float m_x, m_top, m_height;
};

} // namespace cpc
