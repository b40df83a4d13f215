#include "readiness/ReadinessFeatures.h"

#include "pdfexport/InstallExport.h"
#include "readiness/InstallReadiness.h"
#include "spelling/InstallSpelling.h"

namespace cpc {

void installReadinessFeatures(MainWindow& window)
{
    installSpelling(window);
    installReadiness(window);
    installExport(window);
}

} // namespace cpc
