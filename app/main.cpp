// cpcreport: a subcommand runs headless on core alone; no arguments or a file opens the window.
#include "cli/CommandLine.h"
#include "cli/Translations.h"

#ifdef CPC_HAVE_UI
#include "Gui.h"
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);

#ifdef CPC_HAVE_UI
    if (!cpc::cli::CommandLine::isHeadless(args)) return cpc::runGui(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cpcreport"));
    QCoreApplication::setOrganizationName(QStringLiteral("cpcreport"));
    cpc::cli::Translations::install(&app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = cpc::cli::CommandLine::run(args, out, err);
    out.flush();
    err.flush();
    return code;
}
