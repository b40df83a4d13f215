#include "cli/NewCommand.h"

#include "cli/CliSupport.h"
#include "storage/ReportDocument.h"
#include "template/ReportCreator.h"
#include "util/Limits.h"

namespace cpc::cli {

QString NewCommand::summary() const
{
    return tr("create a report from a template, a JSON document or last year's report");
}

void NewCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("OUT.cpcreport"), tr("The report to create (never overwritten)."));
    p.addOption({QStringLiteral("template"), tr("The template, by id or file (default: colombia-cpc)."),
                 QStringLiteral("ID|PATH")});
    p.addOption({QStringLiteral("year"),
                 tr("The reporting year: 1 is the first year after signing (default: 1)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("from-json"), tr("Start from a cpcreport-json/1 document."),
                 QStringLiteral("IN.json")});
    p.addOption(
        {QStringLiteral("carry-forward"),
         tr("Start next year's report from this year's: structure, entities, indicators and glossary kept, "
            "narratives empty with last year's text beside them."),
         QStringLiteral("PREV.cpcreport")});
}

int NewCommand::run(const QCommandLineParser& p, Console& console) const
{
    const QString usage = QStringLiteral("cpcreport new OUT.cpcreport [--template ID|PATH] [--year N] "
                                         "[--from-json IN.json] [--carry-forward PREV.cpcreport]");
    if (!CliSupport::expectPositional(p, 1, console, name(), usage)) return BadInput;
    const QString out = p.positionalArguments().at(0);
    const bool fromJson = p.isSet(QStringLiteral("from-json"));
    const bool carry = p.isSet(QStringLiteral("carry-forward"));
    if (fromJson && carry)
        return CliSupport::fail(console, name(),
                                Error{tr("choose either --from-json or --carry-forward"), out});

    int year = 0;
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1 || year > Limits::kMaxYear)
            return CliSupport::fail(console, name(),
                                    Error{tr("expected a reporting year from 1 to %1").arg(Limits::kMaxYear),
                                          QStringLiteral("--year")});
    }

    const QString templateRef = p.value(QStringLiteral("template"));
    Result<ReportStart> start = Error{QString(), QString()};
    if (fromJson) {
        const QString in = p.value(QStringLiteral("from-json"));
        auto bytes = CliSupport::readInput(in, Limits::kMaxJsonBytes);
        if (!bytes) return CliSupport::fail(console, name(), bytes.error());
        start = ReportCreator::fromJson(bytes.value(), in, templateRef, year);
    } else if (carry) {
        start = ReportCreator::carryForward(p.value(QStringLiteral("carry-forward")), year);
    } else {
        start = ReportCreator::fromTemplate(
            templateRef.isEmpty() ? QStringLiteral("colombia-cpc") : templateRef, year);
    }
    if (!start) return CliSupport::fail(console, name(), start.error());

    auto doc = ReportCreator::create(out, start.value(), CliSupport::author());
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    return Done;
}

} // namespace cpc::cli
