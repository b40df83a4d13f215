#include "features/WindowFeatures.h"

#include "activities/ActivityPage.h"
#include "features/ContributionFeatures.h"
#include "help/InstallHelp.h"
#include "indicatordata/InstallIndicatorData.h"
#include "indicators/IndicatorFeatures.h"
#include "pdfexport/InstallExport.h"
#include "readiness/InstallReadiness.h"
#include "spelling/InstallSpelling.h"
#include "start/InstallStart.h"
#include "structure/StructureEditing.h"
#include "window/WindowShell.h"

namespace cpc {

// One line per feature folder, in the order their actions appear in the menus (Export Indicator Data…
// before Small-Number Protection…).
void installWindowFeatures(WindowShell& window)
{
    installStart(window);
    installStructureEditing(window);
    window.registerPage(NodeKind::Activity, [](const PageContext& c) { return new ActivityPage(c); });
    installIndicatorData(window);
    installIndicatorFeatures(window);
    installContributions(window);
    installSpelling(window);
    installReadiness(window);
    installExport(window);
    installHelp(window);
}

} // namespace cpc
