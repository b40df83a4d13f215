#pragma once

#include "model/BiText.h"
#include "pdf/LineBreaker.h"
#include "pdf/PdfFlow.h"
#include "pdf/PdfLocale.h"

#include <vector>

namespace cpc {

// How running text is set: the layout's one justification policy (justified at full width, ragged in
// the parallel layout's narrow columns) and the language that hyphenates it.
struct TextSetting {
    std::optional<Language> language; // unset: no hyphenation
    bool justify = true;
};

// Turns texts into flow blocks for one column of a given width: narratives (Markdown), headings,
// labelled facts, and the visible notice where a translation is missing or out of date.
class BlockSetter {
public:
    static constexpr float kBodySize = 10.5f;
    static constexpr float kBodyLeading = 14.5f;

    BlockSetter(const PdfFonts& fonts) : m_fonts(fonts), m_breaker(fonts) {}

    // One side of a bilingual narrative: its Markdown, after a notice when there is one (a stale
    // translation, or the `original` text standing in for a missing one).
    void narrative(const QString& notice, const QString& markdown, bool original, float width,
                   std::vector<FlowBlock>& out, const TextSetting& setting = {}) const;
    void markdown(const QString& markdown, float width, unsigned color, std::vector<FlowBlock>& out,
                  const TextSetting& setting = {}) const;
    // A heading: level 1 (section), 2 (subsection), 3 (detail). Kept with what follows.
    FlowBlock heading(int level, const QString& number, const QString& title, float width) const;
    // A plain paragraph in one style.
    FlowBlock plain(const QString& text, FontStyle style, float size, float width, unsigned color = 0,
                    bool justify = false, std::optional<Language> hyphenate = std::nullopt) const;
    // "Label: value" lines on a tinted band (activity facts).
    FlowBlock facts(const std::vector<std::pair<QString, QString>>& facts, float width) const;
    // A boxed notice ("Translation pending").
    FlowBlock notice(const QString& text, float width) const;
    // Side by side: block i of `left` beside block i of `right`, starting at the same height.
    static std::vector<FlowBlock> pair(std::vector<FlowBlock> left, std::vector<FlowBlock> right,
                                       float rightX);
    // Lines as rows of a block, each `leading` high, shifted right by `indent`.
    static void appendLines(FlowBlock& block, std::vector<TextLine>& lines, float leading, float size,
                            float indent);

    const PdfFonts& fonts() const { return m_fonts; }
    const LineBreaker& breaker() const { return m_breaker; }

private:
    const PdfFonts& m_fonts;
    LineBreaker m_breaker;
};

} // namespace cpc
