#pragma once

class QLabel;

namespace cpc {

// The title line at the top of every page, so that all pages announce their part alike: larger and bold,
// wrapped rather than widening the page, and plain text (titles are the writers' words, never markup).
class PageHeading {
public:
    // Styles `label` and returns it.
    static QLabel* style(QLabel* label);
};

} // namespace cpc
