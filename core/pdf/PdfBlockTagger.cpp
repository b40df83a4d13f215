#include "pdf/PdfBlockTagger.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace cpc {

namespace {
const char* const kHeadings[] = {"H1", "H2", "H3", "H4", "H5", "H6"};

bool isText(const PdfOp& o)
{
    return o.kind == PdfOp::Kind::Text;
}
bool tagged(const FlowBlock& b)
{
    for (const FlowRow& r : b.rows)
        for (const PdfOp& o : r.ops)
            if (o.tag >= 0) return true;
    return false;
}

bool isLink(const PdfOp& o)
{
    return o.kind == PdfOp::Kind::UriLink || o.kind == PdfOp::Kind::PageLink;
}
// A line's text in reading order: a heading's number, a list item's marker and a contents entry's number
// are set after the words they stand before. Only text moves, so that fills stay under it.
void leftToRight(FlowBlock& b)
{
    for (FlowRow& r : b.rows) {
        std::vector<size_t> at;
        std::vector<PdfOp> texts;
        for (size_t i = 0; i < r.ops.size(); ++i)
            if (isText(r.ops[i])) {
                at.push_back(i);
                texts.push_back(r.ops[i]);
            }
        if (std::is_sorted(texts.begin(), texts.end(),
                           [](const PdfOp& a, const PdfOp& c) { return a.x < c.x; }))
            continue;
        std::stable_sort(texts.begin(), texts.end(),
                         [](const PdfOp& a, const PdfOp& c) { return a.x < c.x; });
        for (size_t k = 0; k < at.size(); ++k)
            r.ops[at[k]] = std::move(texts[k]);
    }
}

} // namespace

int PdfBlockTagger::add(const char* type, int parent, std::optional<Language> language)
{
    const int e = m_structure.add(type, parent, language);
    m_structure.at(e).passage = m_passage;
    return e;
}

void PdfBlockTagger::tagOps(PdfOps& ops, int element, bool shapesToo)
{
    for (PdfOp& o : ops)
        if (isText(o) || (shapesToo && !isLink(o))) o.tag = element;
}

void PdfBlockTagger::tagLinks(PdfOps& ops)
{
    // A link's text is the text op it covers (LineBreaker sets one op per linked box): the Link element
    // holds both that text and the annotation, inside the element the text was in.
    for (PdfOp& link : ops) {
        if (link.kind != PdfOp::Kind::UriLink || link.tag >= 0) continue;
        PdfOp* text = nullptr;
        for (PdfOp& t : ops)
            if (isText(t) && t.tag >= 0 && std::abs(t.x - link.x) < 0.01f && std::abs(t.w - link.w) < 0.01f)
                text = &t;
        if (!text) continue; // nothing to hold it: no tagged text under it
        link.tag = add("Link", text->tag);
        text->tag = link.tag;
    }
}

int PdfBlockTagger::tagAs(FlowBlock& b, const char* type, int parent, std::optional<Language> language)
{
    if (m_passage < 0) m_passage = m_structure.newPassage();
    const int e = add(type, parent, language);
    leftToRight(b);
    for (FlowRow& r : b.rows) {
        tagOps(r.ops, e);
        tagLinks(r.ops);
    }
    return e;
}

void PdfBlockTagger::tagSecond(FlowBlock& b, int owner, Language language)
{
    int span = -1;
    for (FlowRow& r : b.rows)
        for (PdfOp& o : r.ops) {
            if (!isText(o) || o.part != PdfOp::Part::Second || o.tag != owner) continue;
            if (span < 0) span = add("Span", owner, language);
            o.tag = span;
        }
}

void PdfBlockTagger::tag(std::vector<FlowBlock>& blocks, size_t first, size_t last, int parent,
                         std::optional<Language> passageLanguage, std::optional<Language> second)
{
    m_passage = m_structure.newPassage();
    m_lists.clear();
    // The passage's language goes on each of its top elements (the tree's parents are shared parts).
    for (size_t i = first; i < last && i < blocks.size(); ++i) {
        FlowBlock& b = blocks[i];
        if (b.rows.empty()) continue;
        if (tagged(b)) {
            // Blocks tagged already (a heading) stand between: what follows is read after them.
            m_passage = m_structure.newPassage();
            m_lists.clear();
            continue;
        }
        if (b.role != FlowBlock::Role::ListItem) m_lists.clear();
        const std::optional<Language> language = b.language ? b.language : passageLanguage;
        switch (b.role) {
        case FlowBlock::Role::Heading: {
            const int level = std::clamp(b.depth, 1, std::min(3, m_level + 1));
            m_level = level;
            tagAs(b, kHeadings[level - 1], parent, language);
            break;
        }
        case FlowBlock::Role::Subheading:
            // One level below the heading it follows, H3 at most (the report's deepest level).
            tagAs(b, kHeadings[std::min(m_level, 2)], parent, language);
            break;
        case FlowBlock::Role::ListItem:
            list(b, parent, language);
            break;
        case FlowBlock::Role::Figure: {
            const int e = add("Figure", parent, language);
            m_structure.at(e).alt = b.alt;
            for (FlowRow& r : b.rows)
                tagOps(r.ops, e, true);
            break;
        }
        case FlowBlock::Role::Table:
        case FlowBlock::Role::Paragraph:
        case FlowBlock::Role::Other:
            if (b.headerRows > 0 || b.role == FlowBlock::Role::Table)
                table(b, parent, language, second);
            else
                tagAs(b, "P", parent, language);
            break;
        }
    }
    m_lists.clear();
}

void PdfBlockTagger::list(FlowBlock& b, int parent, std::optional<Language> language)
{
    const size_t depth = size_t(std::clamp(b.depth, 1, 6));
    bool hasLabel = false;
    for (const FlowRow& r : b.rows)
        for (const PdfOp& o : r.ops)
            hasLabel = hasLabel || (isText(o) && o.part == PdfOp::Part::Label);
    while (m_lists.size() > depth)
        m_lists.pop_back();
    while (m_lists.size() < depth) {
        // A nested list belongs to the body of the item it follows.
        const int owner = m_lists.empty()            ? parent
                          : m_lists.back().body >= 0 ? m_lists.back().body
                                                     : m_lists.back().list;
        m_lists.push_back({add("L", owner, m_lists.empty() ? language : std::nullopt), -1});
    }
    leftToRight(b);
    OpenList& open = m_lists.back();
    int label = -1;
    if (hasLabel || open.body < 0) {
        const int item = add("LI", open.list);
        if (hasLabel) label = add("Lbl", item);
        open.body = add("LBody", item);
    }
    for (FlowRow& r : b.rows) {
        for (PdfOp& o : r.ops)
            if (isText(o)) o.tag = o.part == PdfOp::Part::Label && label >= 0 ? label : open.body;
        tagLinks(r.ops);
    }
}

void PdfBlockTagger::table(FlowBlock& b, int parent, std::optional<Language> language,
                           std::optional<Language> second)
{
    const int element = add("Table", parent, language);
    int columns = 1;
    for (const FlowRow& r : b.rows)
        for (const PdfOp& o : r.ops)
            columns = std::max(columns, o.cell + 1);
    for (size_t ri = 0; ri < b.rows.size(); ++ri) {
        const bool header = int(ri) < b.headerRows;
        const int row = add("TR", element);
        std::vector<int> cells, seconds(size_t(columns), -1);
        for (int c = 0; c < columns; ++c) {
            cells.push_back(add(header ? "TH" : "TD", row));
            if (header) m_structure.at(cells.back()).scope = PdfStructure::Scope::Column;
        }
        for (PdfOp& o : b.rows[ri].ops) {
            if (!isText(o)) continue;
            const size_t c = size_t(std::clamp(int(o.cell), 0, columns - 1));
            if (o.part == PdfOp::Part::Second && second) {
                if (seconds[c] < 0) seconds[c] = add("Span", cells[c], second);
                o.tag = seconds[c];
            } else {
                o.tag = cells[c];
            }
        }
        tagLinks(b.rows[ri].ops);
    }
}

} // namespace cpc
