#include "cli/RequestCommand.h"

#include "cli/CliSupport.h"
#include "merge/ContributionRequest.h"
#include "merge/ContributionScope.h"

namespace cpc::cli {

QString RequestCommand::summary() const { return tr("write a contribution file for one entity"); }

void RequestCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addOption({QStringLiteral("entity"), tr("The entity asked to contribute."), QStringLiteral("ID")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The contribution file to write."),
                 QStringLiteral("REQUEST.cpcreport")});
    p.addOption({QStringLiteral("note"), tr("What is asked, in a sentence or two."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("due"), tr("When it is due back."), QStringLiteral("YYYY-MM-DD")});
}

int RequestCommand::run(const QCommandLineParser& p, Console& console) const
{
    const QString usage = QStringLiteral("cpcreport request FILE --entity ID -o REQUEST.cpcreport");
    if (!CliSupport::expectPositional(p, 1, console, name(), usage)) return BadInput;
    if (!p.isSet(QStringLiteral("entity")) || !p.isSet(QStringLiteral("output"))) {
        console.err << "cpcreport request: " << tr("--entity and -o are required") << '\n' << tr("Usage: %1").arg(usage) << '\n';
        return BadInput;
    }
    auto doc = CliSupport::openReport(p.positionalArguments().at(0), ReportDocument::Mode::ReadWrite);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    const QString entity = p.value(QStringLiteral("entity"));
    auto request = ContributionRequest::create(*doc.value(), entity, p.value(QStringLiteral("output")),
                                               p.value(QStringLiteral("note")), p.value(QStringLiteral("due")),
                                               CliSupport::author());
    if (!request) return CliSupport::fail(console, name(), request.error());
    const ContributionScope scope(doc.value()->report(), entity);
    console.out << tr("Contribution request for %1: %2 sections, %3 activities, %4 indicators open for writing.")
                       .arg(entity)
                       .arg(scope.sections().size())
                       .arg(scope.activities().size())
                       .arg(scope.indicators().size())
                << '\n';
    return Done;
}

} // namespace cpc::cli
