#include "cli/ExportDocxCommand.h"

#include "cli/CliSupport.h"
#include "cli/ExportChoices.h"
#include "docx/DocxExporter.h"

namespace cpc::cli {

QString ExportDocxCommand::summary() const
{
    return tr("write the report as an editable Word document (.docx) for comments");
}

void ExportDocxCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 tr("The Word document to write."),
                 QStringLiteral("OUT.docx")});
    ExportChoices::configure(p);
}

int ExportDocxCommand::run(const QCommandLineParser& p, Console& console) const
{
    const QString usage = QStringLiteral("cpcreport export-docx FILE -o OUT.docx [--language en|es|both] "
                                         "[--layout sequential|parallel] [--paper letter|a4]");
    auto prepared = ExportChoices::prepare(p, console, name(), usage, QStringLiteral("OUT.docx"));
    if (const int* code = std::get_if<int>(&prepared)) return *code;
    const ExportChoices::Job& job = std::get<ExportChoices::Job>(prepared);
    const Report& r = job.doc->report();
    return CliSupport::finishExport(
        console, name(), job.out, [&] { return DocxExporter::render(r, job.options); },
        [&] { return DocxExporter::exportReport(r, job.out, job.options, {}, nullptr, {job.report}); });
}

} // namespace cpc::cli
