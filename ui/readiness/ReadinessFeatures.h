#pragma once

namespace cpc {

class MainWindow;

// Everything that gets the report ready to hand out: the readiness panel, spell underlining in the
// editors, and File → Export PDF… / Print…
void installReadinessFeatures(MainWindow& window);

} // namespace cpc
