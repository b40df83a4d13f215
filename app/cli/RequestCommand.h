#pragma once

#include "cli/Command.h"

namespace cpc::cli {

// cpcreport request FILE --entity ID -o REQUEST.cpcreport [--note TEXT] [--due YYYY-MM-DD]
// cpcreport request FILE --show
class RequestCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::RequestCommand)
public:
    QString name() const override { return QStringLiteral("request"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Console& console) const override;

private:
    int show(const QString& path, Console& console) const;
};

} // namespace cpc::cli
