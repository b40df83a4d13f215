// Catch2 main for core tests: a QCoreApplication exists (for translations and QStandardPaths), and the
// tests never depend on the machine's language.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char** argv)
{
    qputenv("LC_ALL", "C.UTF-8");
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
