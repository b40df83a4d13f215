#pragma once

namespace cpc {

class MainWindow;

// Each concern folder of ui/ (indicators, readiness, export, contributions...) plugs its pages, docks
// and actions into the window through one install function, so MainWindow does not know them and the
// folders do not know each other. Called once at the end of MainWindow's constructor.
void installWindowFeatures(MainWindow& window);

} // namespace cpc
