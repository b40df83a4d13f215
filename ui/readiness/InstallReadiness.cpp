#include "readiness/InstallReadiness.h"

#include "readiness/ReadinessPanel.h"
#include "window/WindowShell.h"

#include <QDockWidget>

namespace cpc {

void installReadiness(WindowShell& window)
{
    auto* dock = new QDockWidget(ReadinessPanel::tr("Readiness"), &window);
    dock->setObjectName(QStringLiteral("readinessDock"));
    dock->setWidget(new ReadinessPanel(window, dock));
    window.addDock(dock, Qt::RightDockWidgetArea);
}

} // namespace cpc
