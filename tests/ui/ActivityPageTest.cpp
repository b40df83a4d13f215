#include "activities/ActivityPage.h"

#include "Screenshot.h"
#include "UiTestSupport.h"
#include "activities/CheckListModel.h"
#include "common/MessageBox.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::reportInFile;

namespace {

ActivityPage* activityPage(MainWindow& w, const QString& id)
{
    w.selectNode(NavNode{NodeKind::Activity, id});
    auto* page = qobject_cast<ActivityPage*>(w.currentPage());
    REQUIRE(page);
    return page;
}

int rowOf(const CheckListModel* model, const QString& id)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r).data(Qt::UserRole).toString() == id) return r;
    return -1;
}

} // namespace

TEST_CASE("The activity form shows and edits responsible entities, progress and forms of trafficking",
          "[activity]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    w.resize(1280, 860);
    ActivityPage* page = activityPage(w, QStringLiteral("1.1"));

    // What the sample holds: RENACER responsible, in progress, tourism and begging.
    CheckListModel* entities = page->responsibleModel();
    REQUIRE(rowOf(entities, QStringLiteral("RENACER")) >= 0);
    CHECK(entities->index(rowOf(entities, QStringLiteral("RENACER"))).data(Qt::CheckStateRole).toInt() ==
          Qt::Checked);
    CHECK(entities->index(rowOf(entities, QStringLiteral("ICBF"))).data(Qt::CheckStateRole).toInt() ==
          Qt::Unchecked);
    CHECK(page->statusBox()->currentData().toString() == QStringLiteral("in_progress"));
    CHECK(page->traffickingModel()->checkedIds() ==
          QStringList{QStringLiteral("tourism"), QStringLiteral("begging")});
    test::saveScreenshot(&w, QStringLiteral("activity-page"));

    SECTION("checking an entity puts it in the file, in the list's order, and undo takes it back")
    {
        REQUIRE(entities->setData(entities->index(rowOf(entities, QStringLiteral("ICBF"))), Qt::Checked,
                                  Qt::CheckStateRole));
        CHECK(reportInFile(path).activity(QStringLiteral("1.1"))->responsible ==
              QStringList{QStringLiteral("ICBF"), QStringLiteral("RENACER")});
        w.session()->undo();
        CHECK(reportInFile(path).activity(QStringLiteral("1.1"))->responsible ==
              QStringList{QStringLiteral("RENACER")});
        CHECK(entities->index(rowOf(entities, QStringLiteral("ICBF"))).data(Qt::CheckStateRole).toInt() ==
              Qt::Unchecked);
    }

    SECTION("the progress is chosen with the keyboard and is one undo step")
    {
        page->statusBox()->setFocus();
        QTest::keyClick(page->statusBox(), Qt::Key_Down);
        CHECK(reportInFile(path).activity(QStringLiteral("1.1"))->status == QStringLiteral("completed"));
        CHECK(w.undoStack()->count() == 1);
        w.session()->undo();
        CHECK(reportInFile(path).activity(QStringLiteral("1.1"))->status == QStringLiteral("in_progress"));
        CHECK(page->statusBox()->currentData().toString() == QStringLiteral("in_progress"));
    }

    SECTION("unchecking a form of trafficking")
    {
        CheckListModel* types = page->traffickingModel();
        REQUIRE(types->setData(types->index(rowOf(types, QStringLiteral("tourism"))), Qt::Unchecked,
                               Qt::CheckStateRole));
        CHECK(reportInFile(path).activity(QStringLiteral("1.1"))->traffickingTypes ==
              QStringList{QStringLiteral("begging")});
    }
}

TEST_CASE("An approved activity cannot be changed from its form", "[activity]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    REQUIRE(
        w.session()->edit({FieldChange{FieldPath::fromString(QStringLiteral("activities/1.1/review_status")),
                                       QStringLiteral("approved"), false}},
                          QStringLiteral("approve")));
    ActivityPage* page = activityPage(w, QStringLiteral("1.1"));
    CheckListModel* types = page->traffickingModel();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    types->setData(types->index(rowOf(types, QStringLiteral("online"))), Qt::Checked, Qt::CheckStateRole);
    CHECK(MessageBox::lastText().contains(QStringLiteral("approved")));
    // Refused by the report: the file and the form keep what they had.
    CHECK(reportInFile(path).activity(QStringLiteral("1.1"))->traffickingTypes ==
          QStringList{QStringLiteral("tourism"), QStringLiteral("begging")});
    CHECK(types->checkedIds() == QStringList{QStringLiteral("tourism"), QStringLiteral("begging")});
}
