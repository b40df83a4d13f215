#pragma once

#include "model/Report.h"
#include "pdf/PdfOptions.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>

namespace cpc {

// The print-quality bilingual PDF of a report: cover, contents, numbered sections, activities,
// indicator tables and charts, annexes; bookmarks, running header and footer, metadata.
// The file appears only when the export completes: a failed or cancelled export leaves nothing behind
// (and an existing file at `path` untouched).
class PdfExporter {
    Q_DECLARE_TR_FUNCTIONS(cpc::PdfExporter)
public:
    // `progress` (optional) gets 0..100; `cancel` (optional) is polled between steps. The file is written
    // under the output policy (OutputFile); `protectedReports` are the reports being read.
    static Status exportReport(const Report& report, const QString& path, const PdfOptions& options,
                               const PdfProgress& progress = {}, const std::atomic<bool>* cancel = nullptr,
                               const QStringList& protectedReports = {});
    // The same, into memory (for previews and tests).
    static Result<QByteArray> render(const Report& report, const PdfOptions& options,
                                     const PdfProgress& progress = {},
                                     const std::atomic<bool>* cancel = nullptr);
};

} // namespace cpc
