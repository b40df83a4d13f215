#pragma once

#include "cli/Command.h"

namespace cpc::cli {

// cpcreport export-docx FILE -o OUT.docx [--language en|es|both] [--layout sequential|parallel] [--paper
// letter|a4]
class ExportDocxCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(cpc::cli::ExportDocxCommand)
public:
    QString name() const override { return QStringLiteral("export-docx"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Console& console) const override;
};

} // namespace cpc::cli
