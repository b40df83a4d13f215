#include "cli/ApplyCommand.h"

#include "cli/CliSupport.h"
#include "edit/ChangeDocumentReader.h"
#include "merge/ContributionRequest.h"
#include "util/Limits.h"

namespace cpc::cli {

QString ApplyCommand::summary() const
{
    return tr("apply a partial cpcreport-json/1 document as edits");
}

void ApplyCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addPositionalArgument(QStringLiteral("CHANGES.json"),
                            tr("What changes, in the shape of cpcreport-json/1."));
    p.addOption({QStringLiteral("as"), tr("Make the edits as this entity (recorded in the history)."),
                 QStringLiteral("ENTITY")});
}

int ApplyCommand::run(const QCommandLineParser& p, Console& console) const
{
    if (!CliSupport::expectPositional(p, 2, console, name(),
                                      QStringLiteral("cpcreport apply FILE CHANGES.json [--as ENTITY]")))
        return BadInput;
    const QString changesPath = p.positionalArguments().at(1);
    auto bytes = CliSupport::readInput(changesPath, Limits::kMaxJsonBytes);
    if (!bytes) return CliSupport::fail(console, name(), bytes.error());
    auto doc = CliSupport::openReport(p.positionalArguments().at(0), ReportDocument::Mode::ReadWrite);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    ReportDocument& d = *doc.value();

    QString author = CliSupport::author();
    if (p.isSet(QStringLiteral("as"))) {
        author = p.value(QStringLiteral("as"));
        if (!d.report().entity(author))
            return CliSupport::fail(console, name(),
                                    Error{tr("unknown entity '%1'").arg(author), QStringLiteral("--as")});
    }
    // In a contribution file only the entity's own parts may change, and only as that entity.
    if (const auto request = ContributionRequest::of(d)) {
        if (!p.isSet(QStringLiteral("as"))) author = request->entity;
        ContributionRequest::restrictEdits(d, author);
    }
    auto changes = ChangeDocumentReader::read(bytes.value(), d.report(), changesPath);
    if (!changes) return CliSupport::fail(console, name(), changes.error());
    const qint64 before = d.revision();
    if (Status s = d.apply(ChangeSet{changes.value(), author, ChangeOrigin::Apply}); !s)
        return CliSupport::fail(console, name(), s.error());
    console.out << tr("%n value(s) changed.", nullptr, int(d.revision() - before)) << '\n';
    return Done;
}

} // namespace cpc::cli
