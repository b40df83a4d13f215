#include "comments/CommentsPanel.h"

#include "ContributionFixture.h"
#include "Screenshot.h"
#include "UiTestSupport.h"
#include "comments/CommentsModel.h"
#include "support/TestSupport.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace cpc;
using cpc::test::reportInFile;

namespace {

CommentsPanel* panelOf(MainWindow& w)
{
    auto* p = w.findChild<CommentsPanel*>();
    REQUIRE(p);
    return p;
}

QList<Comment> thread(const Report& r, const QString& kind, const QString& id)
{
    QList<Comment> out;
    for (const Comment& c : r.comments)
        if (c.targetKind == kind && c.target == id) out << c;
    return out;
}

} // namespace

// No ';' in test names: catch_discover_tests hands them to CMake, which splits a name there.
TEST_CASE("The Comments panel shows the thread of the chosen part, where comments are added, replied to "
          "and resolved",
          "[comments]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    w.resize(1300, 800);
    REQUIRE(w.openFile(path));
    w.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-3")});
    CommentsPanel* p = panelOf(w);
    REQUIRE(p->model()->rowCount() == 1);
    CHECK(p->model()->index(0).data().toString().contains(QStringLiteral("Please add the Spanish text")));
    CHECK(p->model()->index(0).data(CommentsModel::AuthorRole).toString() == QStringLiteral("MOI"));
    CHECK_FALSE(p->addButton()->isEnabled()); // nothing written yet

    p->authorBox()->setCurrentIndex(p->authorBox()->findData(QStringLiteral("FGN")));
    p->editor()->setPlainText(QStringLiteral("We will send it on Friday."));
    REQUIRE(p->addButton()->isEnabled());
    p->addButton()->click();
    QList<Comment> t = thread(reportInFile(path), QStringLiteral("section"), QStringLiteral("objective-3"));
    REQUIRE(t.size() == 2);
    CHECK(t[1].author == QStringLiteral("FGN"));
    CHECK(t[1].text == QStringLiteral("We will send it on Friday."));
    CHECK_FALSE(t[1].at.isEmpty());
    CHECK(p->editor()->toPlainText().isEmpty());
    CHECK(p->model()->rowCount() == 2);

    p->list()->setCurrentIndex(p->model()->index(1));
    p->authorBox()->setCurrentIndex(p->authorBox()->findData(QStringLiteral("MOI")));
    p->editor()->setPlainText(QStringLiteral("Thank you."));
    p->replyButton()->click();
    t = thread(reportInFile(path), QStringLiteral("section"), QStringLiteral("objective-3"));
    REQUIRE(t.size() == 3);
    CHECK(t[2].text == QStringLiteral("@AGO Thank you."));
    CHECK(t[2].author == QStringLiteral("MOI"));
    w.show();
    test::saveScreenshot(&w, QStringLiteral("comments-panel"));

    p->resolveButton()->click();
    t = thread(reportInFile(path), QStringLiteral("section"), QStringLiteral("objective-3"));
    for (const Comment& c : t)
        CHECK(c.resolved);
    CHECK(p->model()->isResolved());
    CHECK(p->resolveButton()->text().contains(QStringLiteral("Reopen")));
    p->resolveButton()->click();
    for (const Comment& c :
         thread(reportInFile(path), QStringLiteral("section"), QStringLiteral("objective-3")))
        CHECK_FALSE(c.resolved);

    // Another part has its own thread.
    w.selectNode(NavNode{NodeKind::Indicator, QStringLiteral("2.1")});
    CHECK(p->model()->rowCount() == 0);
}

TEST_CASE("In a contribution, comments are written as its entity and come back with the merge", "[comments]")
{
    test::TempDir dir;
    const QString report = dir.path(QStringLiteral("r.cpcreport"));
    const QString request = dir.path(QStringLiteral("renacer.cpcreport"));
    test::makeSampleFile(report);
    test::makeRequest(report, QStringLiteral("RENACER"), request);
    MainWindow w;
    REQUIRE(w.openFile(request));
    w.selectNode(NavNode{NodeKind::Activity, QStringLiteral("1.1")});
    CommentsPanel* p = panelOf(w);
    REQUIRE(p->authorBox()->count() == 1);
    CHECK(p->authorBox()->currentData().toString() == QStringLiteral("RENACER"));
    p->editor()->setPlainText(QStringLiteral("Figures for Cartagena are still missing."));
    p->addButton()->click();
    const QList<Comment> t = thread(reportInFile(request), QStringLiteral("activity"), QStringLiteral("1.1"));
    REQUIRE(t.size() == 1);
    CHECK(t[0].author == QStringLiteral("RENACER"));
}
