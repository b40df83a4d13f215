#include "cli/MergeCommand.h"

#include "cli/CliSupport.h"
#include "merge/MergePlanner.h"

#include "json/ReportJsonWriter.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cpc::cli {

namespace {
QString shown(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull()) return QStringLiteral("—");
    if (v.isString())
        return QStringLiteral("\"%1\"").arg(
            v.toString().left(100).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
QString kindId(MergeItem::Kind k)
{
    switch (k) {
    case MergeItem::Kind::Change:
        return QStringLiteral("change");
    case MergeItem::Kind::Conflict:
        return QStringLiteral("conflict");
    case MergeItem::Kind::Refused:
        return QStringLiteral("refused");
    }
    return QString();
}
} // namespace

QString MergeCommand::summary() const
{
    return tr("bring a returned contribution into the report");
}

void MergeCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addPositionalArgument(QStringLiteral("CONTRIBUTION.cpcreport"), tr("The contribution that came back."));
    p.addOption({QStringLiteral("dry-run"), tr("Show what would change; change nothing.")});
    p.addOption({QStringLiteral("json"), tr("Print the changes, conflicts and refusals as JSON.")});
}

int MergeCommand::run(const QCommandLineParser& p, Console& console) const
{
    if (!CliSupport::expectPositional(
            p, 2, console, name(),
            QStringLiteral("cpcreport merge FILE CONTRIBUTION.cpcreport [--dry-run] [--json]")))
        return BadInput;
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    auto doc =
        CliSupport::openReport(p.positionalArguments().at(0),
                               dryRun ? ReportDocument::Mode::ReadOnly : ReportDocument::Mode::ReadWrite);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    auto plan = MergePlanner::plan(*doc.value(), p.positionalArguments().at(1));
    if (!plan) return CliSupport::fail(console, name(), plan.error());
    const MergePlan& mp = plan.value();

    if (!dryRun)
        if (Status s = MergePlanner::apply(*doc.value(), mp); !s)
            return CliSupport::fail(console, name(), s.error());

    const int changes = mp.count(MergeItem::Kind::Change);
    const int conflicts = mp.count(MergeItem::Kind::Conflict);
    const int refused = mp.count(MergeItem::Kind::Refused);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const MergeItem& i : mp.items) {
            QJsonObject o{{QStringLiteral("kind"), kindId(i.kind)},
                          {QStringLiteral("path"), i.path.toString()}};
            if (!i.requested.isUndefined()) o.insert(QStringLiteral("requested"), i.requested);
            if (!i.returned.isUndefined()) o.insert(QStringLiteral("returned"), i.returned);
            if (!i.current.isUndefined()) o.insert(QStringLiteral("current"), i.current);
            items.append(o);
        }
        const auto comments = [](const QList<Comment>& list) {
            QJsonArray a;
            for (const Comment& c : list)
                a.append(ReportJsonWriter::toJson(c));
            return a;
        };
        console.out << QJsonDocument(
                           QJsonObject{{QStringLiteral("entity"), mp.request.entity},
                                       {QStringLiteral("request"), mp.request.id},
                                       {QStringLiteral("applied"), !dryRun},
                                       {QStringLiteral("items"), items},
                                       {QStringLiteral("changes"), changes},
                                       {QStringLiteral("conflicts"), conflicts},
                                       {QStringLiteral("refused"), refused},
                                       {QStringLiteral("new_comments"), comments(mp.newComments)},
                                       {QStringLiteral("resolved_comments"), comments(mp.resolvedComments)},
                                       {QStringLiteral("refused_comments"), comments(mp.refusedComments)},
                                       {QStringLiteral("already_merged"), mp.alreadyMerged}})
                           .toJson(QJsonDocument::Indented);
    } else {
        console.out << (dryRun ? tr("Contribution from %1 (dry run, nothing changed):")
                               : tr("Contribution from %1:"))
                           .arg(mp.request.entity)
                    << '\n';
        for (const MergeItem& i : mp.items) {
            if (i.kind == MergeItem::Kind::Change)
                console.out << "  " << tr("change") << "    " << i.path.toString() << ": " << shown(i.current)
                            << " → " << shown(i.returned) << '\n';
            else if (i.kind == MergeItem::Kind::Conflict)
                console.out << "  " << tr("CONFLICT") << "  " << i.path.toString() << '\n'
                            << "      " << tr("as requested: %1").arg(shown(i.requested)) << '\n'
                            << "      " << tr("as returned:  %1").arg(shown(i.returned)) << '\n'
                            << "      " << tr("as it is now: %1 (kept)").arg(shown(i.current)) << '\n';
            else
                console.out << "  " << tr("REFUSED") << "   " << i.path.toString() << ": "
                            << tr("not asked of %1").arg(mp.request.entity) << '\n';
        }
        for (const Comment& c : mp.newComments)
            console.out << "  " << tr("comment") << "   " << c.targetKind << ' ' << c.target << ": "
                        << shown(c.text) << '\n';
        for (const Comment& c : mp.resolvedComments)
            console.out << "  " << (c.resolved ? tr("resolved") : tr("reopened")) << "  " << c.targetKind
                        << ' ' << c.target << ": " << shown(c.text) << '\n';
        for (const Comment& c : mp.refusedComments)
            console.out
                << "  " << tr("REFUSED") << "   " << c.targetKind << ' ' << c.target << ": "
                << tr("comment by %1 not taken from %2's contribution").arg(c.author, mp.request.entity)
                << '\n';
        console.out
            << (dryRun
                    ? tr("Would take %1 changes; %2 conflicts left for review, %3 changes refused, %4 new "
                         "comments, %5 threads resolved or reopened, %6 comments refused, %7 already merged.")
                    : tr("%1 changes taken, %2 conflicts left for review, %3 changes refused, %4 new "
                         "comments, "
                         "%5 threads resolved or reopened, %6 comments refused, %7 already merged."))
                   .arg(changes)
                   .arg(conflicts)
                   .arg(refused)
                   .arg(mp.newComments.size())
                   .arg(mp.resolvedComments.size())
                   .arg(mp.refusedComments.size())
                   .arg(mp.alreadyMerged)
            << '\n';
    }
    return conflicts > 0 ? Findings : Done;
}

} // namespace cpc::cli
