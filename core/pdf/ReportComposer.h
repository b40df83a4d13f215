#pragma once

#include "export/SuppressionPlan.h"
#include "model/Report.h"
#include "pdf/BlockSetter.h"

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

    // `language` unset: the parallel layout. Headings are appended to `marks`.
    std::vector<FlowBlock> compose(std::optional<Language> language, std::vector<HeadingMark>& marks,
                                   const std::atomic<bool>* cancel) const;

    static constexpr float kGutter = 18;

private:
    using SideFn = std::function<void(Language, float width, std::vector<FlowBlock>& out)>;
    // Runs `side` for the language across the frame, or for both languages side by side.
    void sides(const SideFn& side, std::vector<FlowBlock>& out) const;
    void heading(int level, const QString& number, const BiText& title, std::vector<FlowBlock>& out) const;
    void activity(const Activity& a, const QString& number, std::vector<FlowBlock>& out) const;
    void annexes(std::vector<FlowBlock>& out) const;
    QString entityNames(const QStringList& ids, Language l) const;

    const Report& m_report;
    BlockSetter m_setter;
    const SuppressionPlan& m_plan;
    float m_width, m_frameHeight;
    // Set for the duration of compose().
    mutable std::optional<Language> m_language;
    mutable std::vector<HeadingMark>* m_marks = nullptr;
};

} // namespace cpc
