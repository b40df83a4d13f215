#include "cli/CheckCommand.h"

#include "checks/CheckEngine.h"
#include "checks/Readiness.h"
#include "cli/CliSupport.h"
#include "cli/Translations.h"
#include "model/Report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cpc::cli {

namespace {

QString placeLabel(const Report& r, const Finding& f, Language ui)
{
    const QString kind = f.path.at(0);
    const QString id = f.path.at(1);
    if (kind == QLatin1String("sections")) {
        const Section* s = r.section(id);
        const QString title = s ? s->title.text(ui) : QString();
        return title.isEmpty() ? CheckCommand::tr("Section %1").arg(id)
                               : CheckCommand::tr("Section “%1”").arg(title);
    }
    if (kind == QLatin1String("activities")) {
        const Activity* a = r.activity(id);
        const QString title = a ? a->title.text(ui) : QString();
        return title.isEmpty() ? CheckCommand::tr("Activity %1").arg(id)
                               : CheckCommand::tr("Activity %1 “%2”").arg(id, title);
    }
    if (kind == QLatin1String("indicators")) {
        const Indicator* i = r.indicator(id);
        const QString title = i ? i->name.text(ui) : QString();
        return title.isEmpty() ? CheckCommand::tr("Indicator %1").arg(id)
                               : CheckCommand::tr("Indicator %1 “%2”").arg(id, title);
    }
    if (kind == QLatin1String("entities")) return CheckCommand::tr("Entity %1").arg(id);
    if (kind == QLatin1String("glossary")) return CheckCommand::tr("Glossary term “%1”").arg(id);
    return CheckCommand::tr("The report");
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error:
        return CheckCommand::tr("error");
    case Severity::Warning:
        return CheckCommand::tr("warning");
    case Severity::Info:
        return CheckCommand::tr("note");
    }
    return QString();
}

QJsonValue orNull(int v, bool present)
{
    return present ? QJsonValue(v) : QJsonValue();
}
QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("what is missing or inconsistent before printing");
}

void CheckCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the findings as JSON, for scripts.")));
}

QByteArray CheckCommand::toJson(const cpc::Findings& findings, bool ready)
{
    QJsonArray list;
    for (const Finding& f : findings) {
        QJsonObject o;
        o.insert(QStringLiteral("rule"), f.rule);
        o.insert(QStringLiteral("severity"), Finding::severityId(f.severity));
        o.insert(QStringLiteral("path"), f.path.toString());
        o.insert(QStringLiteral("section"), orNull(f.section));
        o.insert(QStringLiteral("activity"), orNull(f.activity));
        o.insert(QStringLiteral("indicator"), orNull(f.indicator));
        o.insert(QStringLiteral("year"), orNull(f.year, f.year > 0));
        o.insert(QStringLiteral("language"),
                 f.language ? QJsonValue(languageCode(*f.language)) : QJsonValue());
        o.insert(QStringLiteral("start"), orNull(f.start, f.start >= 0));
        o.insert(QStringLiteral("length"), orNull(f.length, f.start >= 0));
        o.insert(QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("en"), f.messageEn}, {QStringLiteral("es"), f.messageEs}});
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("ready"), ready}, {QStringLiteral("findings"), list}})
        .toJson(QJsonDocument::Indented);
}

void CheckCommand::printHuman(const Report& r, const cpc::Findings& findings, Language ui, QTextStream& o)
{
    QString group;
    for (const Finding& f : findings) {
        const QString label = placeLabel(r, f, ui);
        if (label != group) {
            if (!group.isEmpty()) o << '\n';
            o << label << '\n';
            group = label;
        }
        // The field inside the place ("body/es", "actuals/1"), so two findings on one place stay apart.
        const QString field = f.path.segments().mid(2).join(u'/');
        o << "  " << severityLabel(f.severity);
        if (!field.isEmpty()) o << " (" << field << ')';
        o << ": " << f.message(ui) << "  [" << f.rule << "]\n";
    }
    if (!findings.isEmpty()) o << '\n';
}

int CheckCommand::run(const QCommandLineParser& p, Console& console) const
{
    if (!CliSupport::expectPositional(p, 1, console, name(), QStringLiteral("cpcreport check FILE [--json]")))
        return BadInput;
    auto doc = CliSupport::openReport(p.positionalArguments().at(0), ReportDocument::Mode::ReadOnly);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    const Report& report = doc.value()->report();

    const CheckEngine engine(CheckEngine::contextFor(*doc.value()));
    const cpc::Findings findings = engine.run(report);
    const Readiness readiness = Readiness::compute(report, findings, engine.context());

    if (p.isSet(QStringLiteral("json"))) {
        console.out << QString::fromUtf8(toJson(findings, readiness.isReady()));
    } else {
        const Language ui = Translations::current() == QLatin1String("es") ? Language::Es : Language::En;
        printHuman(report, findings, ui, console.out);
        console.out << tr("%n error(s)", nullptr, readiness.errors) << ", "
                    << tr("%n warning(s)", nullptr, readiness.warnings) << ", "
                    << tr("%n note(s)", nullptr, readiness.infos) << "; "
                    << tr("%1% complete.").arg(readiness.progress) << '\n';
        if (readiness.isReady())
            console.out << tr("The report is ready to print.") << '\n';
        else
            console.out << tr("The report is not ready to print yet: resolve the errors above.") << '\n';
    }
    console.out.flush();
    return readiness.isReady() ? ExitCode::Done : ExitCode::Findings;
}

} // namespace cpc::cli
