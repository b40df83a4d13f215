#pragma once

#include "cli/Command.h"

namespace cpc::cli {

// cpcreport merge FILE CONTRIBUTION.cpcreport [--dry-run] [--json]
class MergeCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::MergeCommand)
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Console& console) const override;
};

} // namespace cpc::cli
