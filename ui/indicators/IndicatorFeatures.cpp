#include "indicators/IndicatorFeatures.h"

#include "activities/ActivityPage.h"
#include "indicatordata/ExportIndicatorsDialog.h"
#include "indicatordata/ImportIndicatorsDialog.h"
#include "indicators/IndicatorPage.h"
#include "indicators/SmallNumbersDialog.h"
#include "storage/ReportDocument.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace cpc {

void installIndicatorFeatures(MainWindow& window)
{
    window.registerPage(NodeKind::Activity, [](const PageContext& c) { return new ActivityPage(c); });
    window.registerPage(NodeKind::Indicator, [](const PageContext& c) { return new IndicatorPage(c); });

    MainWindow* w = &window;
    QObject::connect(window.importIndicatorsAction(), &QAction::triggered, w, [w] {
        if (!w->document()) return;
        ImportIndicatorsDialog dialog(w->document(), w->session(), w);
        dialog.exec();
    });

    // Export and the protection setting sit right after Import in the File menu.
    auto* exportAction = new QAction(QCoreApplication::translate("cpc::IndicatorFeatures", "E&xport Indicator Data…"), w);
    exportAction->setObjectName(QStringLiteral("actionExportIndicators"));
    auto* protection = new QAction(QCoreApplication::translate("cpc::IndicatorFeatures", "S&mall-Number Protection…"), w);
    protection->setObjectName(QStringLiteral("actionSmallNumbers"));
    QMenu* file = window.fileMenu();
    const QList<QAction*> actions = file->actions();
    const qsizetype at = actions.indexOf(window.importIndicatorsAction());
    QAction* before = at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr;
    file->insertAction(before, exportAction);
    file->insertAction(before, protection);

    QObject::connect(exportAction, &QAction::triggered, w, [w] {
        if (!w->document()) return;
        ExportIndicatorsDialog dialog(w->document(), w);
        dialog.exec();
    });
    QObject::connect(protection, &QAction::triggered, w, [w] {
        if (!w->document()) return;
        SmallNumbersDialog dialog(w->document(), w->session(), w);
        dialog.exec();
    });
    const auto update = [exportAction, protection](ReportDocument* doc) {
        exportAction->setEnabled(doc);
        protection->setEnabled(doc);
    };
    QObject::connect(w, &MainWindow::documentChanged, w, update);
    update(window.document());
}

} // namespace cpc
