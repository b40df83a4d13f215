#pragma once

#include "cli/Command.h"

namespace cpc::cli {

// cpcreport history FILE [--path PATH] [--limit N] [--json]: who changed what, when, from what to what
// (an extension of the command line).
// cpcreport history FILE --path PATH --restore REV: sets that value back to what it was at revision REV.
class HistoryCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::HistoryCommand)
public:
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Console& console) const override;

private:
    int restore(const QCommandLineParser& parser, Console& console) const;
};

} // namespace cpc::cli
