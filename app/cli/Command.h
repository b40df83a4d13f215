#pragma once

#include "cli/ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cpc::cli {

// What a command writes to: the terminal in normal use, buffers in tests.
struct Console {
    QTextStream& out;
    QTextStream& err;
};

// One subcommand of `cpcreport`. Each lives in its own file and is listed in CommandRegistry.cpp.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `cpcreport --help`
    // Declares options and positional arguments on `parser` (--help is added by the runner).
    virtual void configure(QCommandLineParser& parser) const = 0;
    // Runs with parsed arguments; returns an ExitCode.
    virtual int run(const QCommandLineParser& parser, Console& console) const = 0;
};

} // namespace cpc::cli
