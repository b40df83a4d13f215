#pragma once

#include <QString>

namespace cpc {

// Texts of the report (stored Markdown) as a reader sees them, for the merge review: rendered with their
// bold, italics, lists and subheadings, and, between two versions, the words removed struck through and the
// words added underlined in bold. Never the Markdown source.
class FormattedDiff {
public:
    static QString render(const QString& markdown);
    static QString html(const QString& beforeMarkdown, const QString& afterMarkdown);
    // Above this many token pairs the comparison is skipped and the newer version is shown formatted.
    static constexpr qint64 kMaxCells = 4'000'000;
};

} // namespace cpc
