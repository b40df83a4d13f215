#include "cli/HistoryCommand.h"

#include "cli/CliSupport.h"
#include "merge/ContributionRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace cpc::cli {

namespace {
QString shown(const QJsonValue& v)
{
    if (v.isUndefined()) return QStringLiteral("—");
    if (v.isString())
        return QStringLiteral("\"%1\"").arg(
            v.toString().left(80).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1)
        .left(80);
}
// The creation row has an empty path, which reads back as one empty segment.
bool created(const HistoryEntry& e)
{
    return e.path.toString().isEmpty();
}
} // namespace

QString HistoryCommand::summary() const
{
    return tr("list who changed what, when, from what to what");
}

void HistoryCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addOption({QStringLiteral("path"),
                 tr("Only changes at or below this field path (e.g. sections/objective-1)."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("limit"), tr("Only the newest N changes."), QStringLiteral("N")});
    p.addOption({QStringLiteral("json"), tr("Print the changes as JSON.")});
    p.addOption({QStringLiteral("restore"),
                 tr("Set the one value named by --path back to what it was right after revision REV (a "
                    "recorded edit)."),
                 QStringLiteral("REV")});
}

int HistoryCommand::run(const QCommandLineParser& p, Console& console) const
{
    if (!CliSupport::expectPositional(
            p, 1, console, name(),
            QStringLiteral("cpcreport history FILE [--path PATH] [--limit N] [--json]")))
        return BadInput;
    if (p.isSet(QStringLiteral("restore"))) return restore(p, console);
    int limit = -1;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return CliSupport::fail(console, name(),
                                    Error{tr("expected a positive whole number"), QStringLiteral("--limit")});
    }
    auto doc = CliSupport::openReport(p.positionalArguments().at(0), ReportDocument::Mode::ReadOnly);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    // No --path (or an empty one) is the whole report: FieldPath::fromString("") is one empty segment,
    // which would match only the creation row.
    const QString under = p.value(QStringLiteral("path"));
    auto entries = doc.value()->history(under.isEmpty() ? FieldPath() : FieldPath::fromString(under), limit);
    // The log is kept oldest first; people and scripts read the newest first (docs/cli.md).
    std::reverse(entries.begin(), entries.end());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const HistoryEntry& e : entries) {
            QJsonObject o{{QStringLiteral("revision"), e.id},
                          {QStringLiteral("group"), e.group},
                          {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                          {QStringLiteral("author"), e.author},
                          {QStringLiteral("origin"), changeOriginId(e.origin)},
                          {QStringLiteral("path"), e.path.toString()}};
            if (!e.oldValue.isUndefined()) o.insert(QStringLiteral("old"), e.oldValue);
            if (!e.newValue.isUndefined()) o.insert(QStringLiteral("new"), e.newValue);
            a.append(o);
        }
        console.out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return Done;
    }
    for (const HistoryEntry& e : entries) {
        console.out << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                    << e.author.leftJustified(10) << ' ' << changeOriginId(e.origin).leftJustified(7) << ' '
                    << (created(e) ? tr("(report created)") : e.path.toString());
        if (!created(e)) console.out << ": " << shown(e.oldValue) << " → " << shown(e.newValue);
        console.out << '\n';
    }
    return Done;
}

int HistoryCommand::restore(const QCommandLineParser& p, Console& console) const
{
    bool ok = false;
    const qint64 rev = p.value(QStringLiteral("restore")).toLongLong(&ok);
    if (!ok || rev < 1)
        return CliSupport::fail(console, name(),
                                Error{tr("expected a revision number"), QStringLiteral("--restore")});
    const FieldPath path = FieldPath::fromString(p.value(QStringLiteral("path")));
    if (path.isEmpty())
        return CliSupport::fail(
            console, name(), Error{tr("name the value to restore with --path"), QStringLiteral("--restore")});
    auto doc = CliSupport::openReport(p.positionalArguments().at(0), ReportDocument::Mode::ReadWrite);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    ReportDocument& d = *doc.value();
    if (rev > d.revision())
        return CliSupport::fail(
            console, name(),
            Error{tr("the report has no revision %1 (the newest is %2)").arg(rev).arg(d.revision()),
                  QStringLiteral("--restore")});
    const auto entries = d.history(path);
    const bool oneValue =
        std::any_of(entries.begin(), entries.end(), [&](const HistoryEntry& e) { return e.path == path; });
    if (!oneValue)
        return CliSupport::fail(
            console, name(),
            Error{tr("no recorded edit of exactly this value; name one text or figure"), path.toString()});
    QString author = CliSupport::author();
    // In a contribution a restore is an edit like any other: its entity's, within its parts.
    if (const auto request = ContributionRequest::of(d)) {
        author = request->entity;
        ContributionRequest::restrictEdits(d, author);
    }
    const QJsonValue value = d.valueAt(path, rev);
    const qint64 before = d.revision();
    const QJsonValue set = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    if (Status s = d.apply(ChangeSet{{FieldChange{path, set}}, author, ChangeOrigin::Restore}); !s)
        return CliSupport::fail(console, name(), s.error());
    if (d.revision() == before)
        console.out << tr("%1 already holds that value; nothing changed.").arg(path.toString()) << '\n';
    else
        console.out << tr("%1 restored to %2 (revision %3).").arg(path.toString(), shown(value)).arg(rev)
                    << '\n';
    return Done;
}

} // namespace cpc::cli
