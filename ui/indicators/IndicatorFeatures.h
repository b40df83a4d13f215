#pragma once

namespace cpc {

class MainWindow;

// Plugs the activity form, the indicator page, indicator data import and export and the small-number
// protection setting into the window.
void installIndicatorFeatures(MainWindow& window);

} // namespace cpc
