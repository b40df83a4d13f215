#include "pdfexport/PdfExportJob.h"

#include "docx/DocxExporter.h"
#include "pdf/PdfExporter.h"

namespace cpc {

PdfExportJob::PdfExportJob(Report report, QString path, PdfOptions options, QObject* parent,
                           QStringList protectedReports, Format format)
    : QThread(parent), m_report(std::move(report)), m_path(std::move(path)), m_options(options),
      m_protected(std::move(protectedReports)), m_format(format)
{
    setObjectName(QStringLiteral("pdf-export"));
}

PdfExportJob::~PdfExportJob()
{
    // Closing the dialog mid-export: stop at the next step and leave no file.
    m_cancel = true;
    wait();
}

void PdfExportJob::run()
{
    // The exporter writes through a temporary file (OutputFile, the policy the command line uses too) and
    // checks `m_cancel` before putting it in place.
    const auto progress_ = [this](int p) { emit progress(p); };
    m_status =
        m_format == Format::Word
            ? DocxExporter::exportReport(m_report, m_path, m_options, progress_, &m_cancel, m_protected)
            : PdfExporter::exportReport(m_report, m_path, m_options, progress_, &m_cancel, m_protected);
}

} // namespace cpc
