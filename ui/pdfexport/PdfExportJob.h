#pragma once

#include "model/Report.h"
#include "pdf/PdfOptions.h"
#include "util/Result.h"

#include <QThread>
#include <atomic>

namespace cpc {

// One export of a report to a PDF file (or a Word document), on its own thread, so that the window stays
// responsive and the export can be cancelled. The file at `path` is written only when the whole export
// succeeded and was not cancelled (an existing file there stays untouched otherwise).
class PdfExportJob : public QThread {
    Q_OBJECT
public:
    enum class Format { Pdf, Word };
    // `protectedReports`: the report being exported (the output policy never writes onto it).
    PdfExportJob(Report report, QString path, PdfOptions options, QObject* parent = nullptr,
                 QStringList protectedReports = {}, Format format = Format::Pdf);
    ~PdfExportJob() override;

    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }
    // After finished(): how it went (an error of kind Cancelled when cancelled).
    const Status& status() const { return m_status; }
    const QString& path() const { return m_path; }

signals:
    void progress(int percent);

protected:
    void run() override;

private:
    const Report m_report;
    const QString m_path;
    const PdfOptions m_options;
    const QStringList m_protected;
    const Format m_format;
    std::atomic<bool> m_cancel{false};
    Status m_status = success();
};

} // namespace cpc
