#pragma once

#include <QString>

namespace cpc {

// What changed between two versions of a text, word by word, as HTML for display: removed words struck
// through, added words underlined (marks that read in light and dark themes and without colour).
class WordDiff {
public:
    static QString html(const QString& before, const QString& after);
    // Above this many word pairs the comparison is skipped and both versions are shown whole.
    static constexpr qint64 kMaxCells = 4'000'000;
};

} // namespace cpc
