#include "readiness/ReadinessPanel.h"

#include "UiTestSupport.h"
#include "checks/Dismissals.h"
#include "readiness/FindingsModel.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

// Checks run on a worker thread; on a machine shared by several builds they may take seconds.
constexpr int kCheckTimeoutMs = 60000;

ReadinessPanel* panelOf(MainWindow& w)
{
    auto* panel = w.findChild<ReadinessPanel*>(QStringLiteral("readinessPanel"));
    REQUIRE(panel);
    return panel;
}

void waitForRun(ReadinessPanel* panel)
{
    QSignalSpy spy(panel, &ReadinessPanel::updated);
    REQUIRE(spy.wait(kCheckTimeoutMs));
}

// The index of the first finding with `rule` on `path` (a prefix of the finding's path), or invalid.
QModelIndex findingIndex(const FindingsModel* m, const QString& rule, const QString& path = QString())
{
    for (int g = 0; g < m->rowCount(); ++g) {
        const QModelIndex group = m->index(g, 0);
        for (int r = 0; r < m->rowCount(group); ++r) {
            const QModelIndex i = m->index(r, 0, group);
            const Finding* f = m->finding(i);
            if (f && f->rule == rule && f->path.toString().startsWith(path)) return i;
        }
    }
    return {};
}

void shoot(QWidget* w, const QString& name)
{
    const QString dir = QStringLiteral("/tmp/helpers/shots-uicheck");
    if (QDir().mkpath(dir)) w->grab().save(dir + u'/' + name);
}

} // namespace

TEST_CASE("The readiness panel shows the sample report's findings and follows edits", "[window][readiness]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    ReadinessPanel* panel = panelOf(w);
    REQUIRE(w.findChild<QDockWidget*>(QStringLiteral("readinessDock")));
    REQUIRE(w.openFile(path));
    waitForRun(panel);

    const FindingsModel* m = panel->model();
    // The same findings as `cpcreport check` on the sample report.
    CHECK(findingIndex(m, QStringLiteral("completeness.objective-narrative"),
                       QStringLiteral("sections/objective-3"))
              .isValid());
    CHECK(findingIndex(m, QStringLiteral("translation.missing"), QStringLiteral("activities/3.1/body/es"))
              .isValid());
    CHECK(findingIndex(m, QStringLiteral("indicators.actual-missing"), QStringLiteral("indicators/3.1"))
              .isValid());
    CHECK(findingIndex(m, QStringLiteral("comments.unresolved")).isValid());
    const QModelIndex sustainability = findingIndex(m, QStringLiteral("completeness.sustainability"));
    REQUIRE(sustainability.isValid());
    CHECK_FALSE(panel->readiness().isReady());
    CHECK(panel->readiness().errors > 0);
    CHECK(panel->readiness().progress < 100);
    // Errors come first, in the interface language.
    CHECK(m->data(m->index(0, 0)).toString().contains(QStringLiteral("error")));
    CHECK(m->data(sustainability).toString() ==
          QStringLiteral("“Sustainability” is empty, in both languages."));
    const int errorsBefore = panel->readiness().errors;

    w.resize(1400, 900);
    shoot(&w, QStringLiteral("window-readiness.png"));
    shoot(panel, QStringLiteral("readiness-panel.png"));

    // Writing the sustainability section in both languages clears its error, without any button.
    const FieldPath body{QStringLiteral("sections"), QStringLiteral("sustainability"),
                         QStringLiteral("body")};
    REQUIRE(w.session()->edit({FieldChange{body.child(QStringLiteral("en")),
                                           QStringLiteral("The ministry will fund the network."), false},
                               FieldChange{body.child(QStringLiteral("es")),
                                           QStringLiteral("El ministerio financiará la red."), false}},
                              QStringLiteral("sustainability")));
    waitForRun(panel);
    CHECK_FALSE(findingIndex(panel->model(), QStringLiteral("completeness.sustainability")).isValid());
    CHECK(panel->readiness().errors == errorsBefore - 1);
}

TEST_CASE("Activating a finding opens its place", "[window][readiness]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    ReadinessPanel* panel = panelOf(w);
    REQUIRE(w.openFile(path));
    waitForRun(panel);
    const QModelIndex missing =
        findingIndex(panel->model(), QStringLiteral("translation.missing"), QStringLiteral("activities/3.1"));
    REQUIRE(missing.isValid());
    panel->goTo(missing);
    CHECK(w.currentNode() == NavNode{NodeKind::Activity, QStringLiteral("3.1")});
}

TEST_CASE("A dismissed privacy warning stays dismissed after reopening", "[window][readiness]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    const FieldPath bodyEn{QStringLiteral("sections"), QStringLiteral("recommendations"),
                           QStringLiteral("body"), QStringLiteral("en")};
    {
        MainWindow w;
        ReadinessPanel* panel = panelOf(w);
        REQUIRE(w.openFile(path));
        waitForRun(panel);
        REQUIRE(w.session()->edit(
            {FieldChange{bodyEn,
                         QStringLiteral("Write to the focal point at focal.point@mininterior.gov.co."),
                         false}},
            QStringLiteral("e-mail")));
        waitForRun(panel);
        const QModelIndex email =
            findingIndex(panel->model(), QStringLiteral("privacy.email"), bodyEn.toString());
        REQUIRE(email.isValid());
        // Other findings cannot be dismissed.
        CHECK_FALSE(
            panel->dismiss(findingIndex(panel->model(), QStringLiteral("completeness.sustainability"))));
        panel->view()->setCurrentIndex(email);
        shoot(panel, QStringLiteral("readiness-privacy.png"));
        REQUIRE(panel->dismiss(email));
        waitForRun(panel);
        CHECK_FALSE(findingIndex(panel->model(), QStringLiteral("privacy.email")).isValid());
    }
    {
        auto doc = ReportDocument::open(path, ReportDocument::Mode::ReadOnly);
        REQUIRE(doc.ok());
        CHECK(Dismissals::load(*doc.value()).size() == 1);
    }
    MainWindow w;
    ReadinessPanel* panel = panelOf(w);
    REQUIRE(w.openFile(path));
    waitForRun(panel);
    CHECK(findingIndex(panel->model(), QStringLiteral("completeness.sustainability")).isValid());
    CHECK_FALSE(findingIndex(panel->model(), QStringLiteral("privacy.email")).isValid());

    // Another address at the same place is another matter: the warning comes back.
    REQUIRE(w.session()->edit({FieldChange{bodyEn, QStringLiteral("Write to ana.perez@example.org."), false}},
                              QStringLiteral("e-mail")));
    waitForRun(panel);
    CHECK(findingIndex(panel->model(), QStringLiteral("privacy.email"), bodyEn.toString()).isValid());
}
