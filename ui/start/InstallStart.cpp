#include "start/InstallStart.h"

#include "common/MessageBox.h"
#include "start/NewReportWizard.h"
#include "storage/ReportDocument.h"
#include "window/WindowShell.h"

#include <QAction>

namespace cpc {

void installStart(WindowShell& window)
{
    QObject::connect(window.newReportAction(), &QAction::triggered, &window, [&window] {
        NewReportWizard wizard(&window);
        if (wizard.exec() != QDialog::Accepted) return;
        auto created = wizard.createReport();
        if (!created) {
            MessageBox::warning(&window, NewReportWizard::tr("New report"),
                                NewReportWizard::tr("The report could not be created.\n\n%1")
                                    .arg(created.error().toString()));
            return;
        }
        if (created.value()) window.adoptDocument(created.take());
    });
}

} // namespace cpc
