#include "indicators/IndicatorFeatures.h"

#include "indicators/IndicatorPage.h"
#include "indicators/SmallNumbersDialog.h"
#include "storage/ReportDocument.h"
#include "window/WindowShell.h"

#include <QAction>

namespace cpc {

void installIndicatorFeatures(WindowShell& window)
{
    window.registerPage(NodeKind::Indicator, [](const PageContext& c) { return new IndicatorPage(c); });

    WindowShell* w = &window;
    auto* protection = new QAction(SmallNumbersDialog::tr("S&mall-Number Protection…"), w);
    protection->setObjectName(QStringLiteral("actionSmallNumbers"));
    window.addReportAction(protection);
    QObject::connect(protection, &QAction::triggered, w, [w] {
        if (!w->document()) return;
        SmallNumbersDialog dialog(w->document(), w->session(), w);
        dialog.exec();
    });
    const auto update = [protection](ReportDocument* doc) { protection->setEnabled(doc); };
    QObject::connect(w, &WindowShell::documentChanged, w, update);
    update(window.document());
}

} // namespace cpc
