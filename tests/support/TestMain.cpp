// Catch2 main for core tests: a QCoreApplication exists (for translations and QStandardPaths), and the
// tests never depend on the machine's language nor on its user's folders.
#define CATCH_CONFIG_RUNNER
#include "support/IsolatedHome.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    const cpc::test::IsolatedHome home;
    qputenv("LC_ALL", "C.UTF-8");
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
