// The window in English counts in words ("1 error", "31 warnings"), never "error(s)": the English plural
// forms (translations/cpcreport_en.ts) the program loads for the window in English.
#include "UiTestSupport.h"
#include "window/MainWindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("The window in English says 1 error and 2 errors, never error(s)", "[window][language]")
{
    QTranslator plurals;
    REQUIRE(plurals.load(QStringLiteral(CPC_TEST_QM_DIR "/cpcreport_en.qm")));
    QCoreApplication::installTranslator(&plurals);

    CHECK(QCoreApplication::translate("cpc::ReadinessPanel", "%n error(s)", nullptr, 1) ==
          QStringLiteral("1 error"));
    CHECK(QCoreApplication::translate("cpc::ReadinessPanel", "%n error(s)", nullptr, 2) ==
          QStringLiteral("2 errors"));

    test::OpenSample s;
    s.window.resize(1366, 768);
    s.window.show();
    auto* findings = s.window.findChild<QTreeView*>(QStringLiteral("readinessFindings"));
    REQUIRE(findings);
    QElapsedTimer t;
    t.start();
    while (findings->model()->rowCount() == 0 && t.elapsed() < 60000)
        QTest::qWait(50);
    REQUIRE(findings->model()->rowCount() > 0);
    int counted = 0;
    for (QLabel* l : s.window.findChildren<QLabel*>()) {
        if (!l->isVisible()) continue;
        INFO(l->text().toStdString());
        CHECK_FALSE(l->text().contains(QStringLiteral("(s)")));
        counted += l->text().contains(QStringLiteral(" warning")) ? 1 : 0;
    }
    for (int r = 0; r < findings->model()->rowCount(); ++r) {
        const QString group = findings->model()->index(r, 0).data().toString();
        INFO(group.toStdString());
        CHECK_FALSE(group.contains(QStringLiteral("(s)")));
    }
    CHECK(counted >= 1); // the readiness summary was read
    QCoreApplication::removeTranslator(&plurals);
}
