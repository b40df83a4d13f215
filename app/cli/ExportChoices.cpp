#include "cli/ExportChoices.h"

#include "cli/CliSupport.h"
#include "util/OutputFile.h"

namespace cpc::cli {

void ExportChoices::configure(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("language"), tr("en, es or both (default: both)."),
                 QStringLiteral("LANGUAGE"), QStringLiteral("both")});
    p.addOption({QStringLiteral("layout"),
                 tr("sequential (English, then Spanish) or parallel (side by side); default: sequential."),
                 QStringLiteral("LAYOUT"), QStringLiteral("sequential")});
    p.addOption({QStringLiteral("paper"), tr("letter or a4 (default: letter)."), QStringLiteral("PAPER"),
                 QStringLiteral("letter")});
}

std::optional<PdfOptions> ExportChoices::read(const QCommandLineParser& p, Console& console,
                                              const QString& command)
{
    const auto bad = [&](const QString& message, const char* option) {
        CliSupport::fail(console, command, Error{message, QLatin1String(option)});
        return std::nullopt;
    };
    PdfOptions options;
    const auto languages = PdfOptions::languagesFromId(p.value(QStringLiteral("language")));
    if (!languages)
        return bad(tr("unknown language \"%1\": use en, es or both").arg(p.value(QStringLiteral("language"))),
                   "--language");
    const auto layout = PdfOptions::layoutFromId(p.value(QStringLiteral("layout")));
    if (!layout)
        return bad(
            tr("unknown layout \"%1\": use sequential or parallel").arg(p.value(QStringLiteral("layout"))),
            "--layout");
    const auto paper = PdfOptions::paperFromId(p.value(QStringLiteral("paper")));
    if (!paper)
        return bad(tr("unknown paper \"%1\": use letter or a4").arg(p.value(QStringLiteral("paper"))),
                   "--paper");
    options.languages = *languages;
    options.layout = *layout;
    options.paper = *paper;
    return options;
}

std::variant<ExportChoices::Job, int> ExportChoices::prepare(const QCommandLineParser& p, Console& console,
                                                             const QString& command, const QString& usage,
                                                             const QString& outputHint)
{
    if (!CliSupport::expectPositional(p, 1, console, command, usage)) return BadInput;
    if (!p.isSet(QStringLiteral("output")) || p.value(QStringLiteral("output")).isEmpty())
        return CliSupport::fail(
            console, command,
            Error{tr("the output file is missing (-o %1)").arg(outputHint), QStringLiteral("-o")});
    const auto options = read(p, console, command);
    if (!options) return BadInput;
    Job job{p.positionalArguments().at(0), p.value(QStringLiteral("output")), *options, nullptr};
    if (!OutputFile::isStandardOutput(job.out))
        if (Status s = OutputFile::check(job.out, {job.report}); !s)
            return CliSupport::fail(console, command, s.error());
    auto doc = CliSupport::openReport(job.report, ReportDocument::Mode::ReadOnly);
    if (!doc) return CliSupport::fail(console, command, doc.error());
    job.doc = doc.take();
    return job;
}

} // namespace cpc::cli
