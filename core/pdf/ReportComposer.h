#pragma once

#include "document/DocumentBlocks.h"
#include "pdf/PassageSetter.h"
#include "pdf/PdfBlockTagger.h"

#include <atomic>
#include <optional>

namespace cpc {

// The PDF target of the composed report (ReportOutline): its passages as flow blocks, either in one
// language across the frame, or in the parallel layout, English in the left column beside Spanish in the
// right and the shared blocks (tables, charts) across both. Each passage is tagged in its language, and
// each column of the parallel layout is read whole before the other.
class ReportComposer {
public:
    ReportComposer(const PdfFonts& fonts, float width, float frameHeight);

    // `language` unset: the parallel layout. Headings are appended to `marks`. With `tagger`, the blocks'
    // ops get their structure elements under element `parent`.
    std::vector<FlowBlock> compose(const QList<DocPassage>& passages, std::optional<Language> language,
                                   std::vector<HeadingMark>& marks, const std::atomic<bool>* cancel,
                                   PdfBlockTagger* tagger = nullptr, int parent = 0) const;

    static constexpr float kGutter = 18;

private:
    // Sets a run of passages (ReportOutline::runs): a heading, consecutive shared passages, or
    // consecutive paired ones, set as one pair of columns so that the columns' blocks start level.
    void set(const DocPassage* first, const DocPassage* last, std::vector<FlowBlock>& out) const;
    void heading(const DocPassage& p, std::vector<FlowBlock>& out) const;

    PassageSetter m_setter;
    float m_width;
    // Set for the duration of compose().
    mutable std::optional<Language> m_language;
    mutable std::vector<HeadingMark>* m_marks = nullptr;
    mutable PdfBlockTagger* m_tagger = nullptr;
    mutable int m_parent = 0;
};

} // namespace cpc
