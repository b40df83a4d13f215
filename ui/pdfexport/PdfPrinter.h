#pragma once

#include "util/Result.h"

#include <QCoreApplication>

class QPdfDocument;
class QPrinter;
class QWidget;

namespace cpc {

// Prints an exported PDF through the system's print dialog: each page is drawn from the PDF itself
// (Qt PDF), so what comes out of the printer is what the preview and the file show.
class PdfPrinter {
    Q_DECLARE_TR_FUNCTIONS(cpc::PdfPrinter)
public:
    // Shows the print dialog for the PDF at `pdfPath` and prints the pages chosen. False when the user
    // cancelled or printing failed (then the user was told why).
    static bool print(QWidget* parent, const QString& pdfPath);
    // Draws the pages of `pdf` (all, or the printer's from–to range) on `printer`.
    static Status printDocument(QPdfDocument& pdf, QPrinter& printer);

    // Tests: the next print() shows no dialog and prints into a PDF file at `path` instead; an empty
    // path stands for the user cancelling the dialog.
    static void setNextOutputFile(const QString& path);
};

} // namespace cpc
