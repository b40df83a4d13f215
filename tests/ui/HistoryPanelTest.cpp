#include "history/HistoryPanel.h"

#include "Screenshot.h"
#include "UiTestSupport.h"
#include "history/HistoryModel.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

using namespace cpc;
using cpc::test::reportInFile;

namespace {

const FieldPath kBody = FieldPath::fromString(QStringLiteral("sections/objective-4/body/en"));

HistoryPanel* panelOf(MainWindow& w)
{
    auto* p = w.findChild<HistoryPanel*>();
    REQUIRE(p);
    return p;
}

void select(HistoryPanel* p, QList<int> rows)
{
    QItemSelection s;
    for (int r : rows)
        s.select(p->model()->index(r, 0), p->model()->index(r, HistoryModel::ColumnCount - 1));
    p->table()->selectionModel()->select(s, QItemSelectionModel::ClearAndSelect);
}

} // namespace

TEST_CASE("The History panel shows who changed a text, the differences between versions, and restores one",
          "[history]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    w.resize(1300, 800);
    REQUIRE(w.openFile(path));
    const QString original = w.document()->report().section(QStringLiteral("objective-4"))->body.en();
    REQUIRE(w.session()->edit(
        {FieldChange{kBody, QStringLiteral("The network met four times in Bogotá."), false}},
        QStringLiteral("first")));
    REQUIRE(w.session()->edit(
        {FieldChange{kBody, QStringLiteral("The network met six times in Bogotá and Cali."), false}},
        QStringLiteral("second")));
    w.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-4")});
    HistoryPanel* p = panelOf(w);
    REQUIRE(p->showField(kBody));
    REQUIRE(p->fieldBox()->currentData().toString() == kBody.toString());
    HistoryModel* m = p->model();
    REQUIRE(m->rowCount() >= 2);
    // Newest first, with who, how, from and to.
    CHECK(m->index(0, HistoryModel::ToColumn).data().toString() ==
          QStringLiteral("The network met six times in Bogotá and Cali."));
    CHECK(m->index(0, HistoryModel::FromColumn).data().toString() ==
          QStringLiteral("The network met four times in Bogotá."));
    CHECK(m->index(0, HistoryModel::HowColumn).data().toString() == QStringLiteral("edited"));
    CHECK_FALSE(m->index(0, HistoryModel::WhoColumn).data().toString().isEmpty());
    CHECK(m->index(1, HistoryModel::ToColumn).data().toString() ==
          QStringLiteral("The network met four times in Bogotá."));

    // One change: what it changed, word by word.
    select(p, {0});
    const QString one = p->diff()->toHtml();
    CHECK(one.contains(QStringLiteral("six")));
    CHECK(one.contains(QStringLiteral("four")));
    // Two versions compared.
    select(p, {0, 1});
    CHECK_FALSE(p->restoreBeforeButton()->isEnabled());
    CHECK(p->diff()->toPlainText().contains(QStringLiteral("From the version of")));
    w.show();
    // The History dock shares its place with Comments; bring it to the front for the picture.
    if (auto* dock = w.findChild<QDockWidget*>(QStringLiteral("historyDock"))) dock->raise();
    test::saveScreenshot(&w, QStringLiteral("history-panel"));

    // Restoring the text before the first change brings the original back as a new, undoable edit.
    select(p, {1});
    REQUIRE(p->restoreBeforeButton()->isEnabled());
    p->restoreBeforeButton()->click();
    CHECK(reportInFile(path).section(QStringLiteral("objective-4"))->body.en() == original);
    CHECK(m->rowCount() >= 3);
    CHECK(m->index(0, HistoryModel::ToColumn).data(Qt::ToolTipRole).toString() == original);
    w.session()->undo();
    CHECK(reportInFile(path).section(QStringLiteral("objective-4"))->body.en() ==
          QStringLiteral("The network met six times in Bogotá and Cali."));

    // Restoring what is already there changes nothing.
    const qint64 rev = w.document()->revision();
    select(p, {0});
    p->restoreAfterButton()->click();
    CHECK(w.document()->revision() == rev);
}
