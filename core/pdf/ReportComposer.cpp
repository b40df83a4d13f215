#include "pdf/ReportComposer.h"

#include "document/ReportOutline.h"

namespace cpc {

namespace {

bool isHeading(const DocPassage& p)
{
    return p.en.kind == DocBlock::Kind::Heading;
}

const DocBlock& variant(const DocPassage& p, Language l)
{
    return l == Language::En ? p.en : p.es;
}

} // namespace

ReportComposer::ReportComposer(const PdfFonts& fonts, float width, float frameHeight)
    : m_setter(fonts, frameHeight), m_width(width)
{
}

void ReportComposer::heading(const DocPassage& p, std::vector<FlowBlock>& out) const
{
    HeadingMark mark;
    mark.level = p.en.level;
    mark.number = p.en.number;
    mark.title = m_language ? variant(p, *m_language).text : p.en.text;
    if (!m_language && p.es.text != p.en.text) mark.subtitle = p.es.text;
    m_marks->push_back(mark);
    const size_t first = out.size();
    set(&p, &p + 1, out);
    if (out.size() > first) out[first].heading = int(m_marks->size()) - 1;
}

void ReportComposer::set(const DocPassage* begin, const DocPassage* end, std::vector<FlowBlock>& out) const
{
    const size_t first = out.size();
    if (m_language || begin->shared) {
        for (const DocPassage* p = begin; p != end; ++p)
            m_setter.set(m_language ? variant(*p, *m_language) : p->both, m_width, out);
        // The second paragraphs of the bilingual tables' cells are Spanish.
        if (m_tagger)
            m_tagger->tag(out, first, out.size(), m_parent, m_language,
                          m_language ? std::nullopt : std::optional<Language>(Language::Es));
    } else {
        const float column = (m_width - kGutter) / 2;
        std::vector<FlowBlock> en, es;
        for (const DocPassage* p = begin; p != end; ++p) {
            m_setter.set(p->en, column, en, true);
            m_setter.set(p->es, column, es, true);
        }
        // Each column is a passage of its own language, tagged before the columns are set side by side.
        if (m_tagger) {
            m_tagger->tag(en, 0, en.size(), m_parent, Language::En);
            m_tagger->tag(es, 0, es.size(), m_parent, Language::Es);
        }
        for (FlowBlock& b : BlockSetter::pair(std::move(en), std::move(es), column + kGutter))
            out.push_back(std::move(b));
    }
    if (out.size() > first && begin->breakBefore) out[first].breakBefore = true;
}

std::vector<FlowBlock> ReportComposer::compose(const QList<DocPassage>& passages,
                                               std::optional<Language> language,
                                               std::vector<HeadingMark>& marks,
                                               const std::atomic<bool>* cancel, PdfBlockTagger* tagger,
                                               int parent) const
{
    m_language = language;
    m_marks = &marks;
    m_tagger = tagger;
    m_parent = parent;
    std::vector<FlowBlock> out;
    int headingLevel = 0; // of the heading right before the run, if any
    for (const ReportOutline::Run& run : ReportOutline::runs(passages)) {
        if (cancel && cancel->load()) break;
        const DocPassage* first = passages.constData() + run.first;
        if (isHeading(*first)) {
            heading(*first, out);
            headingLevel = first->en.level;
            continue;
        }
        const size_t start = out.size();
        set(first, passages.constData() + run.last, out);
        // An indicator's chart and breakdown tables stay with its title: none starts a page without it.
        if (headingLevel == 3 && first->shared)
            for (size_t i = start; i + 1 < out.size(); ++i)
                out[i].keepWithNext = true;
        headingLevel = 0;
    }
    m_marks = nullptr;
    m_tagger = nullptr;
    m_language.reset();
    return out;
}

} // namespace cpc
