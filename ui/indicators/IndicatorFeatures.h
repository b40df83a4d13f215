#pragma once

namespace cpc {

class WindowShell;

// Plugs the indicator page and the small-number protection setting (File menu) into the window.
void installIndicatorFeatures(WindowShell& window);

} // namespace cpc
