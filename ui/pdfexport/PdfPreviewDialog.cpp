#include "pdfexport/PdfPreviewDialog.h"

#include "pdfexport/PdfPrinter.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace cpc {

PdfPreviewDialog::PdfPreviewDialog(const QString& pdfPath, QWidget* parent)
    : QDialog(parent), m_path(pdfPath), m_pdf(new QPdfDocument(this)), m_view(new QPdfView(this)),
      m_page(new QLabel(this))
{
    setObjectName(QStringLiteral("pdfPreview"));
    setWindowTitle(tr("Preview — %1").arg(QFileInfo(pdfPath).fileName()));
    m_pdf->load(pdfPath);
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setAccessibleName(tr("PDF preview"));
    m_view->setDocument(m_pdf);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);
    m_view->setBackgroundRole(QPalette::Dark);

    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("Preview tools"));
    QAction* previous = bar->addAction(tr("Previous page"), this, [this] {
        QPdfPageNavigator* nav = m_view->pageNavigator();
        if (nav->currentPage() > 0) nav->jump(nav->currentPage() - 1, {}, nav->currentZoom());
    });
    previous->setShortcut(QKeySequence::MoveToPreviousPage);
    QAction* next = bar->addAction(tr("Next page"), this, [this] {
        QPdfPageNavigator* nav = m_view->pageNavigator();
        if (nav->currentPage() + 1 < m_pdf->pageCount())
            nav->jump(nav->currentPage() + 1, {}, nav->currentZoom());
    });
    next->setShortcut(QKeySequence::MoveToNextPage);
    bar->addSeparator();
    bar->addAction(tr("Fit width"), this, [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth); });
    bar->addAction(tr("Whole page"), this, [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitInView); });
    QAction* zoomIn = bar->addAction(tr("Zoom in"), this, [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(std::min(m_view->zoomFactor() * 1.25, 8.0));
    });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = bar->addAction(tr("Zoom out"), this, [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(std::max(m_view->zoomFactor() / 1.25, 0.1));
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    bar->addSeparator();
    bar->addWidget(m_page);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &PdfPreviewDialog::updatePageLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setEnabled(isLoaded());
    connect(print, &QPushButton::clicked, this, [this] { PdfPrinter::print(this, m_path); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 900);
    updatePageLabel();
}

bool PdfPreviewDialog::isLoaded() const
{
    return m_pdf->status() == QPdfDocument::Status::Ready;
}
int PdfPreviewDialog::pageCount() const
{
    return m_pdf->pageCount();
}

void PdfPreviewDialog::updatePageLabel()
{
    if (!isLoaded()) {
        m_page->setText(tr("The PDF could not be read."));
        return;
    }
    m_page->setText(
        tr("Page %1 of %2").arg(m_view->pageNavigator()->currentPage() + 1).arg(m_pdf->pageCount()));
}

} // namespace cpc
