#include "cli/ExportJsonCommand.h"

#include "cli/CliSupport.h"
#include "json/ReportJsonWriter.h"

#include <QSaveFile>

namespace cpc::cli {

QString ExportJsonCommand::summary() const { return tr("write the whole report as cpcreport-json/1"); }

void ExportJsonCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to OUT.json instead of the standard output."),
                 QStringLiteral("OUT.json")});
}

int ExportJsonCommand::run(const QCommandLineParser& p, Console& console) const
{
    if (!CliSupport::expectPositional(p, 1, console, name(), QStringLiteral("cpcreport export-json FILE [-o OUT.json]")))
        return BadInput;
    auto doc = CliSupport::openReport(p.positionalArguments().at(0), ReportDocument::Mode::ReadOnly);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    const QByteArray json = ReportJsonWriter::write(doc.value()->report());
    if (!p.isSet(QStringLiteral("output"))) {
        console.out.flush();
        fwrite(json.constData(), 1, size_t(json.size()), stdout);
        fflush(stdout);
        return Done;
    }
    const QString out = p.value(QStringLiteral("output"));
    QSaveFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit())
        return CliSupport::fail(console, name(), Error{tr("the file could not be written (%1)").arg(f.errorString()), out,
                                                       Error::Kind::Failed});
    return Done;
}

} // namespace cpc::cli
