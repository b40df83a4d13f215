#pragma once

namespace cpc {

class WindowShell;

// File → New Report… (and the welcome page's button): the wizard, then the new report in the window.
void installStart(WindowShell& window);

} // namespace cpc
