#pragma once

#include <QString>

namespace cpc {

// What changed between two versions of a text, word by word, as HTML for display: removed words struck
// through, added words underlined (marks that read in light and dark themes and without colour).
class WordDiff {
public:
    static QString html(const QString& before, const QString& after);
    // The same for two versions of a formatted text (stored as Markdown): the text is shown formatted
    // (paragraphs, bullets, numbering, subheadings, bold, italic, links), never its Markdown source, with
    // the words that changed marked. The layout follows the newer version.
    static QString formattedHtml(const QString& beforeMarkdown, const QString& afterMarkdown);
    // Above this many word pairs the comparison is skipped and both versions are shown whole.
    static constexpr qint64 kMaxCells = 4'000'000;
};

} // namespace cpc
