#pragma once

#include "cli/Command.h"

namespace cpc::cli {

// cpcreport apply FILE CHANGES.json [--as ENTITY]: a partial cpcreport-json/1 document applied as edits,
// all in one transaction.
class ApplyCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::ApplyCommand)
public:
    QString name() const override { return QStringLiteral("apply"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Console& console) const override;
};

} // namespace cpc::cli
