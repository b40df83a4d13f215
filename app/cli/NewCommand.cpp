#include "cli/NewCommand.h"

#include "cli/CliSupport.h"
#include "json/ReportJsonReader.h"
#include "template/CarryForward.h"
#include "template/SkeletonBuilder.h"
#include "template/TemplateLibrary.h"
#include "util/Limits.h"

namespace cpc::cli {

namespace {
struct Start {
    Report report;
    QByteArray templateJson;
};
} // namespace

QString NewCommand::summary() const { return tr("create a report from a template, a JSON document or last year's report"); }

void NewCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("OUT.cpcreport"), tr("The report to create (never overwritten)."));
    p.addOption({QStringLiteral("template"), tr("The template, by id or file (default: colombia-cpc)."),
                 QStringLiteral("ID|PATH")});
    p.addOption({QStringLiteral("year"), tr("The reporting year: 1 is the first year after signing (default: 1)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("from-json"), tr("Start from a cpcreport-json/1 document."), QStringLiteral("IN.json")});
    p.addOption({QStringLiteral("carry-forward"),
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
        return CliSupport::fail(console, name(), Error{tr("choose either --from-json or --carry-forward"), out});

    int year = 0;
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1 || year > Limits::kMaxYear)
            return CliSupport::fail(console, name(),
                                    Error{tr("expected a reporting year from 1 to %1").arg(Limits::kMaxYear),
                                          QStringLiteral("--year")});
    }

    Start start;
    if (fromJson) {
        const QString in = p.value(QStringLiteral("from-json"));
        auto bytes = CliSupport::readInput(in, Limits::kMaxJsonBytes);
        if (!bytes) return CliSupport::fail(console, name(), bytes.error());
        auto report = ReportJsonReader::read(bytes.value(), in);
        if (!report) return CliSupport::fail(console, name(), report.error());
        start.report = report.take();
        if (year && year != start.report.info.reportingYear)
            return CliSupport::fail(console, name(),
                                    Error{tr("the document is for reporting year %1").arg(start.report.info.reportingYear),
                                          QStringLiteral("--year")});
        // The template travels with the file when it is installed; a document may name one that is not.
        const QString templateRef = p.isSet(QStringLiteral("template")) ? p.value(QStringLiteral("template"))
                                                                         : start.report.info.templateId;
        if (auto t = TemplateLibrary::find(templateRef)) start.templateJson = t->json;
        else if (p.isSet(QStringLiteral("template"))) return CliSupport::fail(console, name(), t.error());
    } else if (carry) {
        const QString prevPath = p.value(QStringLiteral("carry-forward"));
        auto prev = CliSupport::openReport(prevPath, ReportDocument::Mode::ReadOnly);
        if (!prev) return CliSupport::fail(console, name(), prev.error());
        start.report = CarryForward::next(prev.value()->report());
        start.templateJson = prev.value()->templateJson();
        if (year && year != start.report.info.reportingYear)
            return CliSupport::fail(console, name(),
                                    Error{tr("the report carried forward is for reporting year %1")
                                              .arg(start.report.info.reportingYear),
                                          QStringLiteral("--year")});
    } else {
        auto t = TemplateLibrary::find(p.isSet(QStringLiteral("template")) ? p.value(QStringLiteral("template"))
                                                                            : QStringLiteral("colombia-cpc"));
        if (!t) return CliSupport::fail(console, name(), t.error());
        start.report = SkeletonBuilder::build(t->tmpl, year ? year : 1);
        start.templateJson = t->json;
    }

    auto doc = ReportDocument::create(out, start.report, start.templateJson, CliSupport::author());
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    return Done;
}

} // namespace cpc::cli
