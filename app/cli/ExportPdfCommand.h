#pragma once

#include "cli/Command.h"

namespace cpc::cli {

// cpcreport export-pdf FILE -o OUT.pdf [--language en|es|both] [--layout sequential|parallel] [--paper
// letter|a4]
class ExportPdfCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::ExportPdfCommand)
public:
    QString name() const override { return QStringLiteral("export-pdf"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Console& console) const override;
};

} // namespace cpc::cli
