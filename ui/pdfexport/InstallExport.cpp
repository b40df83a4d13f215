#include "pdfexport/InstallExport.h"

#include "pdfexport/PdfExportDialog.h"
#include "undo/EditSession.h"
#include "window/WindowShell.h"

#include <QAction>

namespace cpc {

namespace {

void run(WindowShell& window, PdfExportDialog::Purpose purpose)
{
    if (!window.document()) return;
    // What was just typed belongs in the PDF.
    if (window.session()) window.session()->flush();
    PdfExportDialog dialog(*window.document(), purpose, &window);
    dialog.exec();
}

} // namespace

void installExport(WindowShell& window)
{
    QObject::connect(window.exportPdfAction(), &QAction::triggered, &window,
                     [&window] { run(window, PdfExportDialog::Purpose::Export); });
    QObject::connect(window.exportWordAction(), &QAction::triggered, &window,
                     [&window] { run(window, PdfExportDialog::Purpose::ExportWord); });
    QObject::connect(window.printAction(), &QAction::triggered, &window,
                     [&window] { run(window, PdfExportDialog::Purpose::Print); });
}

} // namespace cpc
