#pragma once

namespace cpc {

class MainWindow;

// The one place that knows every feature folder of ui/ (structure, indicators, contributions, readiness...):
// each plugs its pages, docks and actions into the window through one install function, so MainWindow
// does not know them. The program and the window tests hand it to MainWindow::setFeatures.
void installWindowFeatures(MainWindow& window);

} // namespace cpc
