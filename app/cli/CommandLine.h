#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cpc::cli {

// The headless entry point: `args` without the program name. Returns the exit code.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::CommandLine)
public:
    static bool isHeadless(const QStringList& args); // a subcommand, --help or --version
    static int run(const QStringList& args, QTextStream& out, QTextStream& err);
};

} // namespace cpc::cli
