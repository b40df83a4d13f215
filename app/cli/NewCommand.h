#pragma once

#include "cli/Command.h"

namespace cpc::cli {

// cpcreport new OUT.cpcreport [--template ID|PATH] [--year N] [--from-json IN.json]
//                             [--carry-forward PREV.cpcreport]
class NewCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::NewCommand)
public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Console& console) const override;
};

} // namespace cpc::cli
