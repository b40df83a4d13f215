#pragma once

namespace cpc {

class MainWindow;

// Adds the readiness panel to the window, as a dock on the right (View → Readiness).
void installReadiness(MainWindow& window);

} // namespace cpc
