#pragma once

#include "cli/Command.h"

namespace cpc::cli {

// cpcreport export-json FILE [-o OUT.json]: the whole report as cpcreport-json/1.
class ExportJsonCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::ExportJsonCommand)
public:
    QString name() const override { return QStringLiteral("export-json"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Console& console) const override;
};

} // namespace cpc::cli
