#include "cli/ExportIndicatorsCommand.h"

#include "cli/CliSupport.h"
#include "cli/Translations.h"
#include "export/CsvWriter.h"
#include "export/IndicatorTable.h"
#include "export/SuppressionPlan.h"
#include "export/XlsxWriter.h"
#include "util/OutputFile.h"

namespace cpc::cli {

QString ExportIndicatorsCommand::summary() const
{
    return tr("write the indicator tables as CSV or XLSX (small numbers protected)");
}

void ExportIndicatorsCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 tr("The file to write: .csv or .xlsx."),
                 QStringLiteral("OUT")});
    p.addOption({QStringLiteral("language"),
                 tr("en or es: the language of headers and names (default: the "
                    "interface language)."),
                 QStringLiteral("LANGUAGE")});
    p.addOption(
        {QStringLiteral("raw"), tr("Internal use only: write every value unmasked, even small counts of "
                                   "child victims, so that the file can be imported into another report.")});
}

int ExportIndicatorsCommand::run(const QCommandLineParser& p, Console& console) const
{
    const QString usage =
        QStringLiteral("cpcreport export-indicators FILE -o OUT.csv|OUT.xlsx [--language en|es] [--raw]");
    if (!CliSupport::expectPositional(p, 1, console, name(), usage)) return BadInput;
    const QString out = p.value(QStringLiteral("output"));
    if (out.isEmpty()) {
        console.err << "cpcreport " << name() << ": "
                    << tr("say where to write with -o OUT.csv or -o OUT.xlsx") << '\n'
                    << tr("Usage: %1").arg(usage) << '\n';
        return BadInput;
    }
    const bool toStdout = OutputFile::isStandardOutput(out); // CSV
    const bool xlsx = out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!xlsx && !toStdout && !out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return CliSupport::fail(console, name(), Error{tr("the output must end in .csv or .xlsx"), out});
    const QString code =
        p.isSet(QStringLiteral("language")) ? p.value(QStringLiteral("language")) : Translations::current();
    const auto language = languageFromCode(code);
    if (!language)
        return CliSupport::fail(
            console, name(),
            Error{tr("unknown language \"%1\": use en or es").arg(code), QStringLiteral("--language")});

    const QString reportPath = p.positionalArguments().at(0);
    if (!toStdout)
        if (Status s = OutputFile::check(out, {reportPath}); !s)
            return CliSupport::fail(console, name(), s.error());
    auto doc = CliSupport::openReport(reportPath, ReportDocument::Mode::ReadOnly);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    const Report& report = doc.value()->report();
    const bool raw = p.isSet(QStringLiteral("raw"));
    const SuppressionPlan plan = raw ? SuppressionPlan() : SuppressionPlan(report);
    const IndicatorTable table = IndicatorTable::build(report, *language, plan);
    if (toStdout) {
        // The table alone on standard output, for a script to pipe on.
        const QByteArray csv = CsvWriter::toBytes(table.combined(), *language, table.note);
        console.out.flush();
        fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        fflush(stdout);
        return Done;
    }
    const Status written = xlsx
                               ? XlsxWriter::write(out, table, {reportPath})
                               : CsvWriter::write(out, table.combined(), *language, table.note, {reportPath});
    if (!written) return CliSupport::fail(console, name(), written.error());

    console.out << tr("Wrote %1: %2 indicator row(s), %3 breakdown row(s).")
                       .arg(out)
                       .arg(table.tracking.rows.size())
                       .arg(table.breakdowns.rows.size())
                << '\n';
    if (table.maskedCells)
        console.out
            << tr("%n cell(s) masked by small-number protection; the report file keeps the real values.",
                  nullptr, table.maskedCells)
            << '\n';
    if (raw && report.info.smallNumbers.enabled)
        console.err
            << "cpcreport " << name() << ": "
            << tr("warning: --raw writes small counts of child victims unmasked; keep this file internal.")
            << '\n';
    return Done;
}

} // namespace cpc::cli
