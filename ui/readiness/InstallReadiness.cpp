#include "readiness/InstallReadiness.h"

#include "readiness/ReadinessPanel.h"
#include "window/MainWindow.h"

#include <QDockWidget>

namespace cpc {

void installReadiness(MainWindow& window)
{
    auto* dock = new QDockWidget(ReadinessPanel::tr("Readiness"), &window);
    dock->setObjectName(QStringLiteral("readinessDock"));
    dock->setWidget(new ReadinessPanel(window, dock));
    window.addDock(dock, Qt::RightDockWidgetArea);
}

} // namespace cpc
