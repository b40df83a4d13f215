// The authoring window's start: application, interface language, preferences, then the file named on
// the command line, the first-run choice, or an empty window.
#include "Gui.h"

#include "cli/Translations.h"
#include "common/MessageBox.h"
#include "features/WindowFeatures.h"
#include "settings/Setting.h"
#include "start/FirstRunDialog.h"
#include "util/ResourcePaths.h"
#include "window/MainWindow.h"
#include "window/RecentFiles.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

namespace cpc {

namespace {
// The first start offers the sample report or a new one; later starts reopen the last report.
const Setting<bool>& firstRunDone()
{
    static const Setting<bool> s{"app/first_run_done", false};
    return s;
}
} // namespace

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cpcreport"));
    QCoreApplication::setOrganizationName(QStringLiteral("cpcreport"));
    QCoreApplication::setApplicationVersion(ResourcePaths::version());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CPC Report Studio"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.cpcreport.CpcReport"));
    if (const QString icon = ResourcePaths::file(QStringLiteral("icons/cpcreport.svg")); !icon.isEmpty())
        QApplication::setWindowIcon(QIcon(icon));
    // CPCREPORT_LANGUAGE (scripts and tests), else the Preferences choice, else the system's language.
    cli::Translations::install(&app);
    cli::Translations::installEnglishPlurals(&app);

    MainWindow::setFeatures(installWindowFeatures);
    MainWindow window;
    window.show();

    QString file;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (!arg.startsWith(QLatin1Char('-'))) file = arg;
    }
    if (!file.isEmpty()) {
        window.openFile(file);
    } else if (!firstRunDone().value()) {
        firstRunDone().set(true);
        // After the window is on screen, so the dialog has a parent to sit on.
        QTimer::singleShot(0, &window, [&window] {
            FirstRunDialog first(&window);
            first.exec();
            if (first.choice() == FirstRunDialog::OpenSample) {
                Result<QString> sample = FirstRunDialog::makeSample();
                if (sample)
                    window.openFile(sample.value());
                else
                    MessageBox::warning(&window, FirstRunDialog::tr("Sample report"),
                                        sample.error().toString());
            } else if (first.choice() == FirstRunDialog::NewReport) {
                window.newReport();
            }
        });
    } else if (const QStringList recent = RecentFiles::list();
               !recent.isEmpty() && QFileInfo::exists(recent.constFirst())) {
        window.openFile(recent.constFirst());
    }
    return app.exec();
}

} // namespace cpc
