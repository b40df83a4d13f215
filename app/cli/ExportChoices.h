#pragma once

#include "cli/Command.h"
#include "pdf/PdfOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace cpc::cli {

// The choices every printed form of the report offers (PDF, Word): --language, --layout, --paper.
class ExportChoices {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::ExportChoices)
public:
    static void configure(QCommandLineParser& p);
    // The options, or nothing after saying what is wrong (the caller exits with BadInput).
    static std::optional<PdfOptions> read(const QCommandLineParser& p, Console& console, const QString& command);
};

} // namespace cpc::cli
