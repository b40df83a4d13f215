#pragma once

#include "pdf/PdfFlow.h"
#include "pdf/PdfStructure.h"

#include <optional>
#include <vector>

namespace cpc {

// Gives the ops of composed blocks their structure elements, by the blocks' roles: headings H1–H3 (a
// narrative's subheading one level below the heading it follows), paragraphs P, lists L/LI/Lbl/LBody,
// tables Table/TR/TH/TD (TH with a column scope), figures with their alternate text, links Link. Shapes
// that only decorate (rules, fills, bands) stay artifacts; a figure's shapes are its content.
class PdfBlockTagger {
public:
    explicit PdfBlockTagger(PdfStructure& structure) : m_structure(structure) {}

    // Tags blocks[first, last) as one passage under `parent`, in `language`. `second`: the language of
    // table cells' second paragraphs (the Spanish of a bilingual table), when it differs.
    void tag(std::vector<FlowBlock>& blocks, size_t first, size_t last, int parent,
             std::optional<Language> language, std::optional<Language> second = std::nullopt);
    // One block as a single element of `type` (a contents entry, a cover line), in the current passage.
    int tagAs(FlowBlock& block, const char* type, int parent, std::optional<Language> language);
    // The block's second paragraphs (PdfOp::Part::Second) as a Span in `language` inside `owner`.
    void tagSecond(FlowBlock& block, int owner, Language language);
    // Content tagged from now on is read apart from what came before (see PdfContentWriter).
    void beginPassage() { m_passage = m_structure.newPassage(); }
    PdfStructure& structure() { return m_structure; }

private:
    int add(const char* type, int parent, std::optional<Language> language = std::nullopt);
    void tagOps(PdfOps& ops, int element, bool shapesToo = false);
    // Link annotations of a row under the element of the text they cover.
    void tagLinks(PdfOps& ops);
    void list(FlowBlock& b, int parent, std::optional<Language> language);
    void table(FlowBlock& b, int parent, std::optional<Language> language, std::optional<Language> second);

    PdfStructure& m_structure;
    int m_passage = -1;
    int m_level = 0; // the level of the last heading
    struct OpenList {
        int list = -1;
        int body = -1; // the LBody of its last item
    };
    std::vector<OpenList> m_lists;
};

} // namespace cpc
