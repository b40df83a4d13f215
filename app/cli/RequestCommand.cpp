#include "cli/RequestCommand.h"

#include "cli/CliSupport.h"
#include "merge/ContributionRequest.h"
#include "merge/ContributionScope.h"
#include "util/OutputFile.h"

namespace cpc::cli {

QString RequestCommand::summary() const
{
    return tr("write a contribution file for one entity");
}

void RequestCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addOption({QStringLiteral("entity"), tr("The entity asked to contribute."), QStringLiteral("ID")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 tr("The contribution file to write."),
                 QStringLiteral("REQUEST.cpcreport")});
    p.addOption({QStringLiteral("note"), tr("What is asked, in a sentence or two."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("due"), tr("When it is due back."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("show"),
                 tr("Show the request a contribution file answers, or the requests a report has made.")});
}

int RequestCommand::run(const QCommandLineParser& p, Console& console) const
{
    const QString usage = QStringLiteral(
        "cpcreport request FILE --entity ID -o REQUEST.cpcreport [--note TEXT] [--due YYYY-MM-DD]");
    if (!CliSupport::expectPositional(p, 1, console, name(), usage)) return BadInput;
    if (p.isSet(QStringLiteral("show"))) return show(p.positionalArguments().at(0), console);
    if (!p.isSet(QStringLiteral("entity")) || !p.isSet(QStringLiteral("output"))) {
        console.err << "cpcreport request: " << tr("--entity and -o are required") << '\n'
                    << tr("Usage: %1").arg(usage) << '\n';
        return BadInput;
    }
    const QString entity = p.value(QStringLiteral("entity"));
    const QString out = p.value(QStringLiteral("output"));
    if (OutputFile::isStandardOutput(out))
        return CliSupport::fail(
            console, name(),
            Error{tr("a contribution file is a report file and cannot go to the standard output; "
                     "give a file name"),
                  QStringLiteral("-o")});
    auto doc = CliSupport::openReport(p.positionalArguments().at(0), ReportDocument::Mode::ReadWrite);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    auto request = ContributionRequest::create(*doc.value(), entity, out, p.value(QStringLiteral("note")),
                                               p.value(QStringLiteral("due")), CliSupport::author());
    if (!request) return CliSupport::fail(console, name(), request.error());
    const ContributionScope scope(doc.value()->report(), entity);
    console.out << tr("Contribution request for %1 written to %2: %3 sections, %4 activities, %5 indicators "
                      "open for writing.")
                       .arg(entity, out)
                       .arg(scope.sections().size())
                       .arg(scope.activities().size())
                       .arg(scope.indicators().size())
                << '\n';
    return Done;
}

int RequestCommand::show(const QString& path, Console& console) const
{
    auto doc = CliSupport::openReport(path, ReportDocument::Mode::ReadOnly);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    const auto describe = [&](const ContributionRequest& r) {
        console.out
            << tr("Contribution of %1, requested %2 by %3").arg(r.entity, r.requestedAt, r.requestedBy);
        if (!r.due.isEmpty()) console.out << tr(", due %1").arg(r.due);
        console.out << '\n';
        if (!r.note.isEmpty()) console.out << "  " << tr("Note: %1").arg(r.note) << '\n';
    };
    if (const auto asked = ContributionRequest::of(*doc.value())) {
        describe(*asked);
        const ContributionScope scope(doc.value()->report(), asked->entity);
        const auto list = [](const QSet<QString>& ids) {
            QStringList l = ids.values();
            l.sort();
            return l.isEmpty() ? QStringLiteral("—") : l.join(QStringLiteral(", "));
        };
        console.out << "  " << tr("Sections: %1").arg(list(scope.sections())) << '\n'
                    << "  " << tr("Activities: %1").arg(list(scope.activities())) << '\n'
                    << "  " << tr("Indicators: %1").arg(list(scope.indicators())) << '\n'
                    << "  " << tr("Everything else is read-only.") << '\n';
        return Done;
    }
    const auto all = ContributionRequest::allRecorded(*doc.value());
    if (all.isEmpty()) console.out << tr("This report has made no contribution requests.") << '\n';
    for (const ContributionRequest& r : all)
        describe(r);
    return Done;
}

} // namespace cpc::cli
