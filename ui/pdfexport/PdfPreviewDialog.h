#pragma once

#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;

namespace cpc {

// A look at an exported PDF inside the application (Qt PDF), page by page, with zoom and Print.
class PdfPreviewDialog : public QDialog {
    Q_OBJECT
public:
    // False from isLoaded() when `pdfPath` could not be read.
    explicit PdfPreviewDialog(const QString& pdfPath, QWidget* parent = nullptr);

    bool isLoaded() const;
    int pageCount() const;
    QPdfView* view() const { return m_view; }

private:
    void updatePageLabel();

    QString m_path;
    QPdfDocument* m_pdf;
    QPdfView* m_view;
    QLabel* m_page;
};

} // namespace cpc
