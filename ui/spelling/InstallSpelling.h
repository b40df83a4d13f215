#pragma once

namespace cpc {

class WindowShell;

// Underlines misspelled words in every text side of the window's pages, with suggestions on
// right-click and "Add to the report's dictionary".
void installSpelling(WindowShell& window);

} // namespace cpc
