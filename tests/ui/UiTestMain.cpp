// Catch2 main for the window's tests: a QApplication on the offscreen platform unless told otherwise
// (catch_discover_tests runs this binary at build time without the test environment), English
// interface, and settings kept away from the user's own and from every other test process: ctest runs
// test cases side by side, and one that turns a preference off must not change what another sees.
#define CATCH_CONFIG_RUNNER
#include "features/WindowFeatures.h"
#include "support/IsolatedHome.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    const cpc::test::IsolatedHome home;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("CPCREPORT_LANGUAGE", "en");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const QTemporaryDir settings;
    if (settings.isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    }
    QCoreApplication::setOrganizationName(QStringLiteral("cpcreport-test"));
    QCoreApplication::setApplicationName(QStringLiteral("cpcreport-ui-test"));
    cpc::MainWindow::setFeatures(cpc::installWindowFeatures);
    return Catch::Session().run(argc, argv);
}
