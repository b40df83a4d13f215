// A partner's copy of the report: the navigator marks the parts open to them, and the readiness panel
// lists only what is on those parts.
#include "ContributionFixture.h"
#include "UiTestSupport.h"
#include "navigator/ReportTreeModel.h"
#include "readiness/FindingsModel.h"
#include "readiness/ReadinessPanel.h"
#include "window/MainWindow.h"

#include <QElapsedTimer>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace cpc;

namespace {

Findings shownFindings(MainWindow& w)
{
    auto* panel = w.findChild<ReadinessPanel*>(QStringLiteral("readinessPanel"));
    REQUIRE(panel);
    QElapsedTimer t;
    t.start();
    while (panel->model()->rowCount() == 0 && t.elapsed() < 60000)
        QTest::qWait(50);
    Findings out;
    const FindingsModel* m = panel->model();
    for (int g = 0; g < m->rowCount(); ++g)
        for (int r = 0; r < m->rowCount(m->index(g, 0)); ++r)
            if (const Finding* f = m->finding(m->index(r, 0, m->index(g, 0)))) out << *f;
    return out;
}

} // namespace

TEST_CASE("In a partner's copy the navigator marks their parts and readiness lists only theirs",
          "[contributions][partner]")
{
    test::TempDir dir;
    const QString report = dir.path(QStringLiteral("report.cpcreport"));
    const QString request = dir.path(QStringLiteral("renacer.cpcreport"));
    test::makeSampleFile(report);
    test::makeRequest(report, QStringLiteral("RENACER"), request);

    // The coordinator's copy: nothing is marked, and findings elsewhere are listed.
    {
        MainWindow w;
        REQUIRE(w.openFile(report));
        ReportTreeModel* m = w.treeModel();
        CHECK_FALSE(m->data(m->indexOf(NavNode{NodeKind::Section, QStringLiteral("objective-1")}),
                            ReportTreeModel::OwnPartRole)
                        .toBool());
        const Findings all = shownFindings(w);
        CHECK(std::any_of(all.cbegin(), all.cend(),
                          [](const Finding& f) { return f.section == QStringLiteral("objective-3"); }));
    }

    MainWindow w;
    REQUIRE(w.openFile(request));
    ReportTreeModel* m = w.treeModel();
    const QModelIndex own = m->indexOf(NavNode{NodeKind::Section, QStringLiteral("objective-1")});
    const QModelIndex ownActivity = m->indexOf(NavNode{NodeKind::Activity, QStringLiteral("1.1")});
    const QModelIndex ownIndicator = m->indexOf(NavNode{NodeKind::Indicator, QStringLiteral("1.1")});
    const QModelIndex other = m->indexOf(NavNode{NodeKind::Section, QStringLiteral("objective-2")});
    CHECK(m->data(own, ReportTreeModel::OwnPartRole).toBool());
    CHECK(m->data(ownActivity, ReportTreeModel::OwnPartRole).toBool());
    CHECK(m->data(ownIndicator, ReportTreeModel::OwnPartRole).toBool());
    CHECK_FALSE(m->data(other, ReportTreeModel::OwnPartRole).toBool());
    CHECK(m->data(own, Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(m->data(other, Qt::FontRole).value<QFont>().bold());
    CHECK(m->data(own, Qt::ToolTipRole).toString().contains(QStringLiteral("your part")));

    const Findings mine = shownFindings(w);
    REQUIRE_FALSE(mine.isEmpty());
    for (const Finding& f : mine) {
        INFO(f.rule.toStdString() << " on " << f.path.toString().toStdString());
        const bool theirs = f.section == QStringLiteral("objective-1") ||
                            f.activity.startsWith(QStringLiteral("1.")) ||
                            f.indicator == QStringLiteral("1.1");
        CHECK(theirs);
        CHECK(f.section != QStringLiteral("objective-3"));
    }
}
