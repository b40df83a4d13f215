#pragma once

namespace cpc {

class WindowShell;

// The one place that names the feature folders of ui/ (structure, activities, indicators, contributions,
// readiness...): each plugs its pages, docks and actions into the window shell through its install function,
// so neither the window nor the features know each other. The program and the window tests hand it to
// MainWindow::setFeatures.
void installWindowFeatures(WindowShell& window);

} // namespace cpc
