#pragma once

#include "cli/Command.h"

namespace cpc::cli {

// cpcreport import-indicators FILE DATA.csv|DATA.xlsx [--year N] [--sheet NAME] [--dry-run]: indicator
// values from a spreadsheet, all or nothing, as one recorded edit.
class ImportIndicatorsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::ImportIndicatorsCommand)
public:
    QString name() const override { return QStringLiteral("import-indicators"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Console& console) const override;
};

} // namespace cpc::cli
