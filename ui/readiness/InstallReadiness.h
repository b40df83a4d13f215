#pragma once

namespace cpc {

class WindowShell;

// Adds the readiness panel to the window, as a dock on the right (View → Readiness).
void installReadiness(WindowShell& window);

} // namespace cpc
