#pragma once

namespace cpc {

class WindowShell;

// File → Export PDF… and File → Print…, on the open report.
void installExport(WindowShell& window);

} // namespace cpc
