#pragma once

#include "cli/Command.h"
#include "pdf/PdfOptions.h"
#include "storage/ReportDocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>
#include <optional>
#include <variant>

namespace cpc::cli {

// The choices every printed form of the report offers (PDF, Word): --language, --layout, --paper.
class ExportChoices {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::ExportChoices)
public:
    static void configure(QCommandLineParser& p);
    // The options, or nothing after saying what is wrong (the caller exits with BadInput).
    static std::optional<PdfOptions> read(const QCommandLineParser& p, Console& console,
                                          const QString& command);

    // What an export command starts from: FILE, -o OUT (`outputHint`, e.g. "OUT.pdf") and the choices read,
    // the output refused before any work (the report itself, a device, a folder), the report open read-only.
    struct Job {
        QString report;
        QString out;
        PdfOptions options;
        std::unique_ptr<ReportDocument> doc;
    };
    // The job, or the exit code after saying what is wrong.
    static std::variant<Job, int> prepare(const QCommandLineParser& p, Console& console,
                                          const QString& command, const QString& usage,
                                          const QString& outputHint);
};

} // namespace cpc::cli
