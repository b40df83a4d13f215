#pragma once

#include "pdf/PdfOptions.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTemporaryDir;

namespace cpc {

class PdfExportJob;
class ReportDocument;

// File → Export PDF…, File → Export Word document… and File → Print…: the choice of language, layout and
// paper (the default paper from Preferences), then the export on a worker thread with a progress bar and
// Cancel. Exporting a PDF offers a preview of the file when done; printing renders into a temporary file
// and hands it to the system's print dialog. The Word document is the same report, for comments.
class PdfExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Export, Print, ExportWord };

    PdfExportDialog(ReportDocument& doc, Purpose purpose, QWidget* parent = nullptr);
    ~PdfExportDialog() override;

    PdfOptions options() const;
    void setOptions(const PdfOptions& options);
    QString outputPath() const;
    void setOutputPath(const QString& path);

    // Starts the export (what the Export / Print button does); false, with the reason shown, when the
    // choices are not usable.
    bool start();
    // Stops a running export; nothing is written.
    void cancel();
    bool isRunning() const;
    // After exporting: ask whether to preview the PDF (off for tests that check only the file).
    void setOfferPreview(bool offer) { m_offerPreview = offer; }

signals:
    // An export ended: `ok` when the PDF was written, `cancelled` when the user stopped it.
    void exportFinished(bool ok, bool cancelled);

protected:
    void reject() override;

private:
    void chooseFile();
    void jobFinished();
    void setRunning(bool running);
    QString defaultOutputPath() const;

    ReportDocument& m_doc;
    Purpose m_purpose;
    QComboBox* m_language;
    QComboBox* m_layout;
    QComboBox* m_paper;
    QCheckBox* m_final;
    QLineEdit* m_output = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_start;
    QPointer<PdfExportJob> m_job;
    std::unique_ptr<QTemporaryDir> m_printDir;
    bool m_offerPreview = true;
};

} // namespace cpc
