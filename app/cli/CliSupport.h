#pragma once

#include "cli/Command.h"
#include "storage/ReportDocument.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace cpc::cli {

// What every command does the same way: reading input files, opening reports, reporting errors.
class CliSupport {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::CliSupport)
public:
    // Exit code for an error: 2 for bad input, 3 for a failure (disk, lock).
    static int exitCodeFor(const Error& e);
    // Prints "cpcreport COMMAND: where: message" on stderr and returns exitCodeFor(e).
    static int fail(Console& console, const QString& command, const Error& e);
    // The message when standard output could not be written (a full disk behind it, a closed pipe);
    // `errorNumber` 0 when unknown.
    static QString standardOutputFailed(const QString& command, int errorNumber);
    // Reads a whole input file, refusing one larger than `maxBytes`.
    static Result<QByteArray> readInput(const QString& path, qint64 maxBytes);
    static Result<std::unique_ptr<ReportDocument>> openReport(const QString& path, ReportDocument::Mode mode);
    // Who is editing: the name from Preferences, else the login name.
    static QString author();
    // The end of every export: to standard output when `out` is "-" (`render`), else to the file (`toFile`,
    // through the output-file policy). A failure after the report was read is a failure (exit 3).
    static int finishExport(Console& console, const QString& command, const QString& out,
                            const std::function<Result<QByteArray>()>& render,
                            const std::function<Status()>& toFile);
    // Exactly `count` positional arguments, or a usage error.
    static bool expectPositional(const QCommandLineParser& p, int count, Console& console,
                                 const QString& command, const QString& usage);
};

} // namespace cpc::cli
