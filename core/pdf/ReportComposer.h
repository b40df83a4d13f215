#pragma once

#include "export/SuppressionPlan.h"
#include "model/Report.h"
#include "pdf/BlockSetter.h"
#include "pdf/PdfBlockTagger.h"

#include <atomic>
#include <optional>

namespace cpc {

// The body of the report as flow blocks: numbered sections with their narratives, activities, the
// indicators, and the annexes (glossary, entities and acronyms). Either in one language across the
// frame, or in the parallel layout: English in the left column beside Spanish in the right.
class ReportComposer {
public:
    ReportComposer(const Report& report, const PdfFonts& fonts, const SuppressionPlan& plan, float width,
                   float frameHeight);

    // `language` unset: the parallel layout. Headings are appended to `marks`. With `tagger`, the blocks'
    // ops get their structure elements under element `parent`.
    std::vector<FlowBlock> compose(std::optional<Language> language, std::vector<HeadingMark>& marks,
                                   const std::atomic<bool>* cancel, PdfBlockTagger* tagger = nullptr,
                                   int parent = 0) const;

    static constexpr float kGutter = 18;

private:
    using SideFn = std::function<void(Language, float width, std::vector<FlowBlock>& out)>;
    // Runs `side` for the language across the frame, or for both languages side by side.
    void sides(const SideFn& side, std::vector<FlowBlock>& out) const;
    void heading(int level, const QString& number, const BiText& title, std::vector<FlowBlock>& out) const;
    void activity(const Activity& a, const QString& number, std::vector<FlowBlock>& out) const;
    void annexes(std::vector<FlowBlock>& out) const;
    QString entityNames(const QStringList& ids, Language l) const;
    // Tags blocks[first, end) not tagged yet as one passage in the part's language; the second paragraphs
    // of cells are Spanish in the parallel layout's bilingual tables.
    void tagRest(std::vector<FlowBlock>& blocks, size_t first) const;
    // BlockSetter::narrative, its stand-in original text marked with its language.
    void narrative(const BiText& text, Language l, float width, std::vector<FlowBlock>& out) const;

    const Report& m_report;
    BlockSetter m_setter;
    const SuppressionPlan& m_plan;
    float m_width, m_frameHeight;
    // Set for the duration of compose().
    mutable std::optional<Language> m_language;
    mutable std::vector<HeadingMark>* m_marks = nullptr;
    mutable PdfBlockTagger* m_tagger = nullptr;
    mutable int m_parent = 0;
};

} // namespace cpc
