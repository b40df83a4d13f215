#include "cli/ExportDocxCommand.h"

#include "cli/CliSupport.h"
#include "cli/ExportChoices.h"
#include "docx/DocxExporter.h"
#include "util/OutputFile.h"

namespace cpc::cli {

QString ExportDocxCommand::summary() const
{
    return tr("write the report as an editable Word document (.docx) for comments");
}

void ExportDocxCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The Word document to write."), QStringLiteral("OUT.docx")});
    ExportChoices::configure(p);
}

int ExportDocxCommand::run(const QCommandLineParser& p, Console& console) const
{
    const QString usage = QStringLiteral(
        "cpcreport export-docx FILE -o OUT.docx [--language en|es|both] [--layout sequential|parallel] [--paper letter|a4]");
    if (!CliSupport::expectPositional(p, 1, console, name(), usage)) return BadInput;
    if (!p.isSet(QStringLiteral("output")) || p.value(QStringLiteral("output")).isEmpty())
        return CliSupport::fail(console, name(), Error{tr("the output file is missing (-o OUT.docx)"), QStringLiteral("-o")});
    const auto options = ExportChoices::read(p, console, name());
    if (!options) return BadInput;
    const QString report = p.positionalArguments().at(0);
    const QString out = p.value(QStringLiteral("output"));
    const bool toStdout = OutputFile::isStandardOutput(out);
    // Refused before any work: the report itself, a device, a folder...
    if (!toStdout)
        if (Status s = OutputFile::check(out, {report}); !s) return CliSupport::fail(console, name(), s.error());
    auto doc = CliSupport::openReport(report, ReportDocument::Mode::ReadOnly);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    const Report& r = doc.value()->report();
    return CliSupport::finishExport(
        console, name(), out, [&] { return DocxExporter::render(r, *options); },
        [&] { return DocxExporter::exportReport(r, out, *options, {}, nullptr, {report}); });
}

} // namespace cpc::cli
