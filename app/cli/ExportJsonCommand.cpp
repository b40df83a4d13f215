#include "cli/ExportJsonCommand.h"

#include "cli/CliSupport.h"
#include "util/OutputFile.h"

#include "json/ReportJsonWriter.h"

namespace cpc::cli {

QString ExportJsonCommand::summary() const
{
    return tr("write the whole report as cpcreport-json/1");
}

void ExportJsonCommand::configure(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The report (.cpcreport)."));
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 tr("Write to OUT.json instead of the standard output."),
                 QStringLiteral("OUT.json")});
}

int ExportJsonCommand::run(const QCommandLineParser& p, Console& console) const
{
    if (!CliSupport::expectPositional(p, 1, console, name(),
                                      QStringLiteral("cpcreport export-json FILE [-o OUT.json]")))
        return BadInput;
    auto doc = CliSupport::openReport(p.positionalArguments().at(0), ReportDocument::Mode::ReadOnly);
    if (!doc) return CliSupport::fail(console, name(), doc.error());
    const QByteArray json = ReportJsonWriter::write(doc.value()->report());
    const QString out = p.value(QStringLiteral("output"));
    if (!p.isSet(QStringLiteral("output")) || OutputFile::isStandardOutput(out)) {
        console.out.flush();
        fwrite(json.constData(), 1, size_t(json.size()), stdout);
        fflush(stdout);
        return Done;
    }
    if (Status s = OutputFile::writeAll(out, json, {p.positionalArguments().at(0)}); !s)
        return CliSupport::fail(console, name(), s.error());
    return Done;
}

} // namespace cpc::cli
