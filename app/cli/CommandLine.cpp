#include "cli/CommandLine.h"

#include "cli/CommandRegistry.h"
#include "util/ResourcePaths.h"

#include <QCoreApplication>

namespace cpc::cli {

namespace {
void printUsage(QTextStream& out)
{
    out << CommandLine::tr("Usage: cpcreport [FILE.cpcreport]          open the authoring window") << '\n'
        << CommandLine::tr("       cpcreport COMMAND [OPTIONS]         work on a report without a window")
        << "\n\n"
        << CommandLine::tr("Commands:") << '\n';
    for (const auto& c : allCommands())
        out << "  " << c->name().leftJustified(20) << c->summary() << '\n';
    out << '\n'
        << CommandLine::tr("Run 'cpcreport COMMAND --help' for the options of a command.") << '\n'
        << CommandLine::tr(
               "Exit codes: 0 done, 1 done with findings or conflicts, 2 bad usage or input, 3 failed.")
        << '\n';
}
} // namespace

bool CommandLine::isHeadless(const QStringList& args)
{
    if (args.isEmpty()) return false;
    const QString& first = args.first();
    if (first.startsWith(QLatin1Char('-'))) return true;
    for (const auto& c : allCommands())
        if (c->name() == first) return true;
    return false;
}

int CommandLine::run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(out);
        return args.isEmpty() ? BadInput : Done;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        out << "cpcreport " << ResourcePaths::version() << '\n';
        return Done;
    }
    for (const auto& c : allCommands()) {
        if (c->name() != args.first()) continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(c->summary());
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                      CommandLine::tr("Show this help."));
        parser.addOption(help);
        c->configure(parser);
        // QCommandLineParser expects the program name first.
        QStringList full = args;
        full[0] = QStringLiteral("cpcreport ") + c->name();
        if (!parser.parse(full)) {
            err << "cpcreport " << c->name() << ": " << parser.errorText() << '\n';
            return BadInput;
        }
        if (parser.isSet(help)) {
            out << parser.helpText().replace(QStringLiteral("Usage: cpcreport ") + c->name(),
                                             QStringLiteral("Usage: cpcreport ") + c->name());
            return Done;
        }
        Console console{out, err};
        return c->run(parser, console);
    }
    err << CommandLine::tr("cpcreport: unknown command '%1'. Run 'cpcreport --help' for the list.")
               .arg(args.first())
        << '\n';
    return BadInput;
}

} // namespace cpc::cli
