#pragma once

namespace cpc {

class MainWindow;

// File → Export PDF… and File → Print…, on the open report.
void installExport(MainWindow& window);

} // namespace cpc
