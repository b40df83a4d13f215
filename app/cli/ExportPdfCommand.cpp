#include "cli/ExportPdfCommand.h"

#include "checks/CheckEngine.h"
#include "checks/PrintableRules.h"
#include "cli/CliSupport.h"
#include "cli/ExportChoices.h"
#include "pdf/PdfExporter.h"

namespace cpc::cli {

QString ExportPdfCommand::summary() const
{
    return tr("write the report as a bilingual PDF for printing");
}

void ExportPdfCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 tr("The PDF to write."),
                 QStringLiteral("OUT.pdf")});
    ExportChoices::configure(p);
    p.addOption(
        {QStringLiteral("final"),
         tr("print as final even if `check` reports errors (otherwise such a report prints as a draft, "
            "marked DRAFT / BORRADOR on every page; with this option its cover lists what remains).")});
}

int ExportPdfCommand::run(const QCommandLineParser& p, Console& console) const
{
    const QString usage = QStringLiteral("cpcreport export-pdf FILE -o OUT.pdf [--language en|es|both] "
                                         "[--layout sequential|parallel] [--paper letter|a4] "
                                         "[--final]");
    auto prepared = ExportChoices::prepare(p, console, name(), usage, QStringLiteral("OUT.pdf"));
    if (const int* code = std::get_if<int>(&prepared)) return *code;
    ExportChoices::Job& job = std::get<ExportChoices::Job>(prepared);
    PdfOptions& options = job.options;
    const QString& out = job.out;
    const QString& report = job.report;
    options.final = p.isSet(QStringLiteral("final"));
    options.checks = CheckEngine::contextFor(*job.doc);
    const Report& r = job.doc->report();
    // Text the fonts cannot show still prints (as a replacement mark), but not without a word.
    cpc::Findings unshown;
    PrintableRules::run(r, options.checks, unshown);
    if (!unshown.isEmpty())
        console.err
            << "cpcreport " << name() << ": "
            << tr("warning: %n text(s) have characters the PDF's fonts cannot print (%1 in %2); they print "
                  "as a replacement mark. `cpcreport check` lists them all.",
                  nullptr, int(unshown.size()))
                   .arg(unshown.first().excerpt, unshown.first().path.toString())
            << '\n';
    return CliSupport::finishExport(
        console, name(), out, [&] { return PdfExporter::render(r, options); },
        [&] { return PdfExporter::exportReport(r, out, options, {}, nullptr, {report}); });
}

} // namespace cpc::cli
