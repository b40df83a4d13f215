#include "pdfexport/PdfPrinter.h"

#include "common/MessageBox.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <optional>

namespace cpc {

namespace {

std::optional<QString>& nextOutputFile()
{
    static std::optional<QString> answer;
    return answer;
}

// Printers report 600–2400 dpi; drawing whole pages as images at that size costs memory for nothing
// the eye can see in body text and vector charts printed this way.
constexpr int kMaxDpi = 300;

} // namespace

void PdfPrinter::setNextOutputFile(const QString& path)
{
    nextOutputFile() = path;
}

bool PdfPrinter::print(QWidget* parent, const QString& pdfPath)
{
    QPdfDocument pdf;
    if (pdf.load(pdfPath) != QPdfDocument::Error::None || pdf.pageCount() == 0) {
        MessageBox::warning(parent, tr("Print"), tr("The PDF to print could not be read: %1").arg(pdfPath));
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QFileInfo(pdfPath).completeBaseName());
    printer.setFullPage(true); // the PDF has its own margins
    printer.setPageSize(QPageSize(pdf.pagePointSize(0), QPageSize::Point));
    printer.setFromTo(1, pdf.pageCount());

    if (std::optional<QString> answer = std::exchange(nextOutputFile(), std::nullopt)) {
        if (answer->isEmpty()) return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(*answer);
    } else {
        QPrintDialog dialog(&printer, parent);
        dialog.setMinMax(1, pdf.pageCount());
        dialog.setOption(QAbstractPrintDialog::PrintPageRange, true);
        if (dialog.exec() != QDialog::Accepted) return false;
    }
    if (Status s = printDocument(pdf, printer); !s) {
        MessageBox::warning(parent, tr("Print"),
                            tr("The report could not be printed.\n\n%1").arg(s.error().toString()));
        return false;
    }
    return true;
}

Status PdfPrinter::printDocument(QPdfDocument& pdf, QPrinter& printer)
{
    int from = 1;
    int to = pdf.pageCount();
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        from = std::max(1, printer.fromPage());
        to = std::min(pdf.pageCount(), std::max(from, printer.toPage()));
    }
    QPainter painter;
    if (!painter.begin(&printer))
        return Error{tr("the printer could not be started"), printer.printerName(), Error::Kind::Failed};
    const int dpi = std::min(printer.resolution(), kMaxDpi);
    for (int page = from; page <= to; ++page) {
        if (page > from && !printer.newPage())
            return Error{tr("the printer stopped at page %1").arg(page), printer.printerName(),
                         Error::Kind::Failed};
        const QSizeF points = pdf.pagePointSize(page - 1);
        const QSize pixels = (points * dpi / 72.0).toSize();
        const QImage image = pdf.render(page - 1, pixels);
        if (image.isNull())
            return Error{tr("page %1 could not be drawn").arg(page), QString(), Error::Kind::Failed};
        // Fit the page to the paper, keeping its proportions, centred.
        const QRectF paper = printer.pageRect(QPrinter::DevicePixel);
        QSizeF target = points;
        target.scale(paper.size(), Qt::KeepAspectRatio);
        const QRectF rect(paper.x() + (paper.width() - target.width()) / 2,
                          paper.y() + (paper.height() - target.height()) / 2, target.width(),
                          target.height());
        painter.drawImage(rect, image);
    }
    if (!painter.end())
        return Error{tr("the printer did not finish the job"), printer.printerName(), Error::Kind::Failed};
    return success();
}

} // namespace cpc
