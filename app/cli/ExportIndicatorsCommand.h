#pragma once

#include "cli/Command.h"

namespace cpc::cli {

// cpcreport export-indicators FILE -o OUT.csv|OUT.xlsx [--language en|es] [--raw]: the indicator tracking
// table and breakdowns, masked by small-number protection unless --raw.
class ExportIndicatorsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::ExportIndicatorsCommand)
public:
    QString name() const override { return QStringLiteral("export-indicators"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Console& console) const override;
};

} // namespace cpc::cli
