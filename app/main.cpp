// cpcreport: a subcommand runs headless on core alone; no arguments or a file opens the window.
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/Translations.h"

#ifdef CPC_HAVE_UI
#include "Gui.h"
#endif

#include <QCoreApplication>
#include <QTextStream>
#include <cerrno>
#include <csignal>
#include <cstdio>

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

#ifdef CPC_HAVE_UI
    if (!cpc::cli::CommandLine::isHeadless(args)) return cpc::runGui(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cpcreport"));
    QCoreApplication::setOrganizationName(QStringLiteral("cpcreport"));
    cpc::cli::Translations::install(&app);
    // A reader that stops early (`| head`) gets a write error reported below, not a death by SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = cpc::cli::CommandLine::run(args, out, err);
    out.flush();
    // A full disk or a closed pipe behind standard output must not pass for success: a script saving
    // `export-json` to a file would keep half a report believing it whole.
    errno = 0;
    if ((std::fflush(stdout) != 0 || std::ferror(stdout)) && code != cpc::cli::Failed) {
        const int cause = errno;
        err << cpc::cli::CliSupport::standardOutputFailed(args.isEmpty() ? QString() : args.first(), cause)
            << '\n';
        err.flush();
        return cpc::cli::Failed;
    }
    err.flush();
    return code;
}
