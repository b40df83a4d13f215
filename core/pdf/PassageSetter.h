#pragma once

#include "document/DocumentBlocks.h"
#include "pdf/BlockSetter.h"

#include <vector>

namespace cpc {

// The PDF's way of showing one block of the composed report (ReportOutline) in a column: its fonts,
// sizes and colours, the tables' column shares, the chart drawn from its figures. What the block says
// is decided by the outline; this class only sets it.
class PassageSetter {
public:
    PassageSetter(const PdfFonts& fonts, float frameHeight) : m_setter(fonts), m_frameHeight(frameHeight) {}

    // `column`: one of the parallel layout's two columns, where running text is set ragged-right
    // (docs/pdf-typesetting.md says why); elsewhere it is justified.
    void set(const DocBlock& block, float width, std::vector<FlowBlock>& out, bool column = false) const;

private:
    // `language`: the block's (unset: the bilingual table, English with Spanish second paragraphs).
    FlowBlock table(const DocTable& table, float width, std::optional<Language> language) const;
    FlowBlock chart(const DocChart& chart, float width) const;

    BlockSetter m_setter;
    float m_frameHeight;
};

} // namespace cpc
