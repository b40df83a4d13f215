#include "features/WindowFeatures.h"

#include "window/MainWindow.h"
#include "indicators/IndicatorFeatures.h"
#include "contributions/ContributionFeatures.h"
#include "readiness/ReadinessFeatures.h"
#include "structure/StructureEditing.h"

namespace cpc {

// One line per feature folder; keep the list in the order the features appear in the menus.
void installWindowFeatures(MainWindow& window)
{
    (void)window;
    installStructureEditing(window);
    installIndicatorFeatures(window);
    installContributions(window);
    installReadinessFeatures(window);
}

} // namespace cpc
