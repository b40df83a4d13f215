#include "cli/HistoryCommand.h"

#include "cli/CliSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cpc::cli {

namespace {
QString shown(const QJsonValue& v)
{
    if (v.isUndefined()) return QStringLiteral("—");
    if (v.isString()) return QStringLiteral("\"%1\"").arg(v.toString().left(80).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1).left(80);
}
} // namespace

QString HistoryCommand::summary() const { return tr("list who changed what, when, from what to what"); }

void HistoryCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addOption({QStringLiteral("path"), tr("Only changes at or below this field path (e.g. sections/objective-1)."),
                 QStringLiteral("PATH")});
    p.addOption({QStringLiteral("limit"), tr("Only the newest N changes."), QStringLiteral("N")});
    p.addOption({QStringLiteral("json"), tr("Print the changes as JSON.")});
}

int HistoryCommand::run(const QCommandLineParser& p, Console& console) const
{
    if (!CliSupport::expectPositional(p, 1, console, name(), QStringLiteral("cpcreport history FILE [--path PATH]")))
        return BadInput;
    int limit = -1;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return CliSupport::fail(console, name(), Error{tr("expected a positive whole number"), QStringLiteral("--limit")});
    }
    auto doc = CliSupport::openReport(p.positionalArguments().at(0), ReportDocument::Mode::ReadOnly);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    const auto entries = doc.value()->history(FieldPath::fromString(p.value(QStringLiteral("path"))), limit);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const HistoryEntry& e : entries) {
            QJsonObject o{{QStringLiteral("revision"), e.id},   {QStringLiteral("group"), e.group},
                          {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                          {QStringLiteral("author"), e.author}, {QStringLiteral("origin"), e.origin},
                          {QStringLiteral("path"), e.path.toString()}};
            if (!e.oldValue.isUndefined()) o.insert(QStringLiteral("old"), e.oldValue);
            if (!e.newValue.isUndefined()) o.insert(QStringLiteral("new"), e.newValue);
            a.append(o);
        }
        console.out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return Done;
    }
    for (const HistoryEntry& e : entries) {
        console.out << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << e.author.leftJustified(10)
                    << ' ' << e.origin.leftJustified(7) << ' ' << (e.path.isEmpty() ? tr("(report created)") : e.path.toString());
        if (!e.path.isEmpty()) console.out << ": " << shown(e.oldValue) << " → " << shown(e.newValue);
        console.out << '\n';
    }
    return Done;
}

} // namespace cpc::cli
