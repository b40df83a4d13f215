#include "indicatordata/InstallIndicatorData.h"

#include "indicatordata/ExportIndicatorsDialog.h"
#include "indicatordata/ImportIndicatorsDialog.h"
#include "storage/ReportDocument.h"
#include "window/WindowShell.h"

#include <QAction>

namespace cpc {

void installIndicatorData(WindowShell& window)
{
    WindowShell* w = &window;
    QObject::connect(window.importIndicatorsAction(), &QAction::triggered, w, [w] {
        if (!w->document()) return;
        ImportIndicatorsDialog dialog(w->document(), w->session(), w);
        dialog.exec();
    });

    auto* exportAction = new QAction(ExportIndicatorsDialog::tr("E&xport Indicator Data…"), w);
    exportAction->setObjectName(QStringLiteral("actionExportIndicators"));
    window.addReportAction(exportAction);
    QObject::connect(exportAction, &QAction::triggered, w, [w] {
        if (!w->document()) return;
        ExportIndicatorsDialog dialog(w->document(), w);
        dialog.exec();
    });
    const auto update = [exportAction](ReportDocument* doc) { exportAction->setEnabled(doc); };
    QObject::connect(w, &WindowShell::documentChanged, w, update);
    update(window.document());
}

} // namespace cpc
