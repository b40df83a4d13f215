#pragma once

#include "model/Report.h"
#include "pdf/PdfOptions.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <atomic>

namespace cpc {

// The report as an editable Word document (Office Open XML, .docx), for the rounds of comments before the
// Dialogue: the same content, order, words and small-number protection as the PDF, from the same composed
// report (ReportOutline), with the same choices of language, layout and paper.
class DocxExporter {
    Q_DECLARE_TR_FUNCTIONS(cpc::DocxExporter)
public:
    static Result<QByteArray> render(const Report& report, const PdfOptions& options,
                                     const PdfProgress& progress = {},
                                     const std::atomic<bool>* cancel = nullptr);
    // Writes the whole document or nothing: a failure or a cancel leaves no file behind.
    // `protectedReports`: the reports being read (the output-file policy never writes onto them).
    static Status exportReport(const Report& report, const QString& path, const PdfOptions& options,
                               const PdfProgress& progress = {}, const std::atomic<bool>* cancel = nullptr,
                               const QStringList& protectedReports = {});
};

} // namespace cpc
