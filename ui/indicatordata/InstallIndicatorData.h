#pragma once

namespace cpc {

class WindowShell;

// File → Import Indicator Data… and Export Indicator Data…, on the open report.
void installIndicatorData(WindowShell& window);

} // namespace cpc
