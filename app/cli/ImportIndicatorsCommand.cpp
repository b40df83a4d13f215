#include "cli/ImportIndicatorsCommand.h"

#include "cli/CliSupport.h"
#include "export/SuppressionPlan.h"
#include "import/IndicatorImport.h"
#include "util/Limits.h"

namespace cpc::cli {

namespace {
constexpr int kListedChanges = 50; // a summary, not a dump: the history keeps every change
}

QString ImportIndicatorsCommand::summary() const
{
    return tr("import indicator values from a CSV or XLSX file");
}

void ImportIndicatorsCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addPositionalArgument(QStringLiteral("DATA"),
                            tr("The data: a CSV or XLSX file, one row per indicator and year."));
    p.addOption({QStringLiteral("year"),
                 tr("The reporting year of rows that give none (1 is the first year)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("sheet"), tr("XLSX: the sheet to read (default: the first)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("dry-run"), tr("Show what would change, and change nothing.")});
}

int ImportIndicatorsCommand::run(const QCommandLineParser& p, Console& console) const
{
    if (!CliSupport::expectPositional(
            p, 2, console, name(),
            QStringLiteral("cpcreport import-indicators FILE DATA.csv|DATA.xlsx [--year N] "
                           "[--sheet NAME] [--dry-run]")))
        return BadInput;
    IndicatorImport::Options options;
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        const int year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1 || year > Limits::kMaxYear)
            return CliSupport::fail(
                console, name(),
                Error{tr("the year must be a reporting year from 1 to %1").arg(Limits::kMaxYear),
                      QStringLiteral("--year")});
        options.year = year;
    }
    options.sheet = p.value(QStringLiteral("sheet"));
    options.author = CliSupport::author();
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));

    auto doc =
        CliSupport::openReport(p.positionalArguments().at(0),
                               dryRun ? ReportDocument::Mode::ReadOnly : ReportDocument::Mode::ReadWrite);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    ReportDocument& d = *doc.value();
    const QString dataPath = p.positionalArguments().at(1);
    const ImportPlan plan = IndicatorImport::fromFile(d.report(), dataPath, options);

    if (!plan.ok()) {
        bool failed = false;
        for (const Error& e : plan.errors) {
            console.err << "cpcreport " << name() << ": " << e.toString() << '\n';
            failed = failed || e.kind == Error::Kind::Failed;
        }
        if (plan.moreErrors > 0)
            console.err << tr("... and %n more error(s), not listed", nullptr, plan.moreErrors) << '\n';
        console.err << "cpcreport " << name() << ": "
                    << tr("%n error(s); nothing was imported.", nullptr, plan.errorCount()) << '\n';
        console.err.flush();
        return failed ? Failed : BadInput;
    }

    console.out << tr("Read %1: %2").arg(dataPath, plan.format) << '\n';
    if (!plan.ignoredColumns.isEmpty())
        console.out << tr("Ignored columns: %1").arg(plan.ignoredColumns.join(QStringLiteral(", "))) << '\n';
    const auto number = [](double v) { return SuppressionPlan::formatNumber(v, Language::En); };
    for (qsizetype i = 0; i < plan.preview.size() && i < kListedChanges; ++i) {
        const ImportPreviewItem& c = plan.preview[i];
        const QString before = c.before ? number(*c.before) : tr("(none)");
        console.out << "  "
                    << tr("%1, year %2, %3: %4 -> %5")
                           .arg(c.indicator)
                           .arg(c.year)
                           .arg(c.what, before, number(c.after))
                    << '\n';
    }
    if (plan.preview.size() > kListedChanges)
        console.out << "  " << tr("... and %n more", nullptr, int(plan.preview.size() - kListedChanges))
                    << '\n';

    if (!dryRun) {
        if (Status s = d.apply(plan.changes); !s) return CliSupport::fail(console, name(), s.error());
    }
    console.out << (dryRun ? tr("%n value(s) would change", nullptr, int(plan.preview.size()))
                           : tr("%n value(s) changed", nullptr, int(plan.preview.size())))
                << "; " << tr("%n already as in the file", nullptr, plan.unchanged);
    if (plan.emptyRows) console.out << "; " << tr("%n row(s) without values", nullptr, plan.emptyRows);
    console.out << ".\n";
    return Done;
}

} // namespace cpc::cli
