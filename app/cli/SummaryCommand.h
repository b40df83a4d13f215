#pragma once

#include "cli/Command.h"

namespace cpc::cli {

// cpcreport summary FILE: what a report holds, at a glance (an extension of the command line).
class SummaryCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::SummaryCommand)
public:
    QString name() const override { return QStringLiteral("summary"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Console& console) const override;
};

} // namespace cpc::cli
