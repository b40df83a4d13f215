#pragma once

namespace cpc {

class WindowShell;

// Help → User Guide (in the system's browser, or in a window) and Help → About.
void installHelp(WindowShell& window);

} // namespace cpc
