#include "pdfexport/PdfExportDialog.h"

#include "checks/CheckEngine.h"
#include "checks/PrintableRules.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "pdfexport/PdfExportJob.h"
#include "pdfexport/PdfPreviewDialog.h"
#include "pdfexport/PdfPrinter.h"
#include "settings/Preferences.h"
#include "storage/ReportDocument.h"
#include "util/OutputFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace cpc {

PdfExportDialog::PdfExportDialog(ReportDocument& doc, Purpose purpose, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_purpose(purpose), m_language(new QComboBox(this)),
      m_layout(new QComboBox(this)), m_paper(new QComboBox(this)),
      m_final(new QCheckBox(tr("Print as final even if items are pending"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pdfExportDialog"));
    setWindowTitle(purpose == Purpose::Export  ? tr("Export PDF")
                   : purpose == Purpose::Print ? tr("Print")
                                               : tr("Export Word document"));

    m_language->addItem(tr("English and Spanish"), int(PdfOptions::Languages::Both));
    m_language->addItem(tr("English only"), int(PdfOptions::Languages::En));
    m_language->addItem(tr("Spanish only"), int(PdfOptions::Languages::Es));
    m_layout->addItem(tr("Sequential: all of the English, then all of the Spanish"),
                      int(PdfOptions::Layout::Sequential));
    m_layout->addItem(tr("Parallel: English beside Spanish, in two columns"),
                      int(PdfOptions::Layout::Parallel));
    m_paper->addItem(tr("US Letter"), int(PdfOptions::Paper::Letter));
    m_paper->addItem(tr("A4"), int(PdfOptions::Paper::A4));
    PdfOptions defaults;
    defaults.paper =
        PdfOptions::paperFromId(Preferences::paperSize().value()).value_or(PdfOptions::Paper::Letter);
    setOptions(defaults);
    // The layout only means something when both languages are printed.
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_layout->setEnabled(options().languages == PdfOptions::Languages::Both && !isRunning());
    });
    m_language->setAccessibleName(tr("Languages"));
    m_layout->setAccessibleName(tr("Layout"));
    m_paper->setAccessibleName(tr("Paper size"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Languages:"), m_language);
    form->addRow(tr("La&yout:"), m_layout);
    form->addRow(tr("&Paper:"), m_paper);
    // A report the check finds not ready prints as a draft unless the user says otherwise, knowingly.
    m_final->setToolTip(
        tr("A report with errors in the readiness check prints with DRAFT / BORRADOR on every page. "
           "Tick this to print it as final anyway: its cover then lists what remains."));
    form->addRow(QString(), m_final);
    m_final->setVisible(purpose != Purpose::ExportWord); // the Word version is for comments, not for print
    if (purpose != Purpose::Print) {
        m_output = new QLineEdit(defaultOutputPath(), this);
        m_output->setAccessibleName(purpose == Purpose::Export ? tr("PDF file") : tr("Word document"));
        m_output->setMinimumWidth(360);
        m_browse = new QPushButton(tr("&Browse…"), this);
        connect(m_browse, &QPushButton::clicked, this, &PdfExportDialog::chooseFile);
        auto* row = new QHBoxLayout;
        row->addWidget(m_output, 1);
        row->addWidget(m_browse);
        form->addRow(tr("&Save as:"), row);
        qobject_cast<QLabel*>(form->labelForField(row))->setBuddy(m_output);
    }

    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_start = m_buttons->addButton(purpose == Purpose::Print ? tr("&Print…") : tr("&Export"),
                                   QDialogButtonBox::AcceptRole);
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &PdfExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PdfExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // Text the PDF's fonts cannot show (Arabic, Hebrew, emoji...) prints as a replacement mark: said before
    // the export, with an example. The Word version is shown with the reader's own fonts.
    if (purpose != Purpose::ExportWord) {
        Findings unshown;
        PrintableRules::run(m_doc.report(), {}, unshown);
        if (!unshown.isEmpty()) {
            auto* warning =
                new QLabel(tr("%n text(s) have characters the PDF cannot print, such as %1. They will "
                              "print as a replacement mark; the readiness list shows where.",
                              nullptr, int(unshown.size()))
                               .arg(unshown.first().excerpt),
                           this);
            warning->setObjectName(QStringLiteral("unprintableWarning"));
            warning->setWordWrap(true);
            warning->setTextFormat(Qt::PlainText);
            layout->addWidget(warning);
        }
    }
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

PdfExportDialog::~PdfExportDialog()
{
    // Closed mid-export: stop the job, and let no late signal reach a half-destroyed dialog.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->wait();
    }
}

PdfOptions PdfExportDialog::options() const
{
    PdfOptions o;
    o.languages = PdfOptions::Languages(m_language->currentData().toInt());
    o.layout = PdfOptions::Layout(m_layout->currentData().toInt());
    o.paper = PdfOptions::Paper(m_paper->currentData().toInt());
    o.final = m_final->isChecked();
    o.checks = CheckEngine::contextFor(m_doc);
    return o;
}

void PdfExportDialog::setOptions(const PdfOptions& o)
{
    m_language->setCurrentIndex(m_language->findData(int(o.languages)));
    m_layout->setCurrentIndex(m_layout->findData(int(o.layout)));
    m_paper->setCurrentIndex(m_paper->findData(int(o.paper)));
    m_final->setChecked(o.final);
    m_layout->setEnabled(o.languages == PdfOptions::Languages::Both);
}

QString PdfExportDialog::outputPath() const
{
    return m_output ? m_output->text().trimmed() : QString();
}

void PdfExportDialog::setOutputPath(const QString& path)
{
    if (m_output) m_output->setText(path);
}

QString PdfExportDialog::defaultOutputPath() const
{
    const QFileInfo report(m_doc.path());
    const QString extension =
        m_purpose == Purpose::ExportWord ? QStringLiteral(".docx") : QStringLiteral(".pdf");
    return report.absoluteDir().filePath(report.completeBaseName() + extension);
}

void PdfExportDialog::chooseFile()
{
    const bool word = m_purpose == Purpose::ExportWord;
    const QString path = FileDialog::saveFileName(
        this, windowTitle(), outputPath().isEmpty() ? defaultOutputPath() : outputPath(),
        word ? tr("Word documents (*.docx)") : tr("PDF documents (*.pdf)"),
        word ? QStringLiteral("docx") : QStringLiteral("pdf"));
    if (!path.isEmpty()) m_output->setText(path);
}

bool PdfExportDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

bool PdfExportDialog::start()
{
    if (isRunning()) return false;
    QString path;
    if (m_purpose != Purpose::Print) {
        path = outputPath();
        const QFileInfo info(path);
        if (path.isEmpty() || info.fileName().isEmpty()) {
            MessageBox::warning(this, windowTitle(), tr("Choose the file to save the document in."));
            return false;
        }
        if (!info.absoluteDir().exists()) {
            MessageBox::warning(
                this, windowTitle(),
                tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
            return false;
        }
        if (info.isDir()) {
            MessageBox::warning(
                this, windowTitle(),
                tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        // The policy the export applies again when it writes (never the report itself, a device...), said
        // before any work.
        if (const Status s = OutputFile::check(path, {m_doc.path()}); !s) {
            MessageBox::warning(this, windowTitle(),
                                tr("The PDF cannot be written there.\n\n%1").arg(s.error().toString()));
            return false;
        }
    } else {
        m_printDir = std::make_unique<QTemporaryDir>();
        if (!m_printDir->isValid()) {
            MessageBox::warning(this, windowTitle(),
                                tr("No temporary folder is available to prepare the printout."));
            return false;
        }
        path = m_printDir->filePath(QFileInfo(m_doc.path()).completeBaseName() + QStringLiteral(".pdf"));
    }
    delete m_job;
    m_job = new PdfExportJob(m_doc.report(), path, options(), this, {m_doc.path()},
                             m_purpose == Purpose::ExportWord ? PdfExportJob::Format::Word
                                                              : PdfExportJob::Format::Pdf);
    connect(m_job, &PdfExportJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &QThread::finished, this, &PdfExportDialog::jobFinished);
    m_progress->setValue(0);
    m_status->setText(m_purpose == Purpose::Print ? tr("Preparing the printout…") : tr("Exporting…"));
    setRunning(true);
    m_job->start(QThread::LowPriority);
    return true;
}

void PdfExportDialog::cancel()
{
    if (!isRunning()) return;
    m_job->cancel();
    m_status->setText(tr("Cancelling…"));
}

void PdfExportDialog::reject()
{
    // Cancel stops a running export first; a second Cancel (or Escape) closes the dialog.
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void PdfExportDialog::setRunning(bool running)
{
    m_progress->setVisible(running || m_progress->value() > 0);
    m_start->setEnabled(!running);
    m_language->setEnabled(!running);
    m_layout->setEnabled(!running && options().languages == PdfOptions::Languages::Both);
    m_paper->setEnabled(!running);
    m_final->setEnabled(!running);
    if (m_output) m_output->setEnabled(!running);
    if (m_browse) m_browse->setEnabled(!running);
}

void PdfExportDialog::jobFinished()
{
    PdfExportJob* job = m_job;
    if (!job) return;
    setRunning(false);
    const bool cancelled = job->isCancelled();
    const bool ok = job->status().ok() && !cancelled;
    const QString path = job->path();
    if (cancelled) {
        m_progress->setValue(0);
        m_progress->hide();
        m_status->setText(tr("Export cancelled; no file was written."));
    } else if (!ok) {
        m_status->setText(tr("The export failed."));
        MessageBox::warning(
            this, windowTitle(),
            tr("The document could not be written.\n\n%1").arg(job->status().error().toString()));
    } else {
        m_progress->setValue(100);
        m_status->setText(m_purpose == Purpose::Print
                              ? tr("Ready to print.")
                              : tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    }
    emit exportFinished(ok, cancelled);
    if (!ok) return;
    if (m_purpose == Purpose::Print) {
        if (PdfPrinter::print(this, path)) accept();
        return;
    }
    if (m_purpose == Purpose::Export && m_offerPreview &&
        MessageBox::question(this, windowTitle(), tr("The PDF is saved. Do you want to preview it now?"),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes) {
        auto* preview = new PdfPreviewDialog(path, parentWidget());
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->show();
    }
    accept();
}

} // namespace cpc
