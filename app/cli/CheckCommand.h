#pragma once

#include "checks/Finding.h"
#include "cli/Command.h"

namespace cpc::cli {

// cpcreport check FILE [--json]: what is missing or inconsistent before printing. Exit 1 while any error
// remains, 0 when the report is ready.
class CheckCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Console& console) const override;

private:
    static QByteArray toJson(const cpc::Findings& findings, bool ready);
    static void printHuman(const Report& report, const cpc::Findings& findings, Language ui,
                           QTextStream& out);
};

} // namespace cpc::cli
