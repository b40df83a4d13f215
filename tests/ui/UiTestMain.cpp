// Catch2 main for the window's tests: a QApplication on the offscreen platform unless told otherwise
// (catch_discover_tests runs this binary at build time without the test environment), English
// interface, and settings kept away from the user's own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("CPCREPORT_LANGUAGE", "en");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cpcreport-test"));
    QCoreApplication::setApplicationName(QStringLiteral("cpcreport-ui-test"));
    return Catch::Session().run(argc, argv);
}
