#include "workflow/WorkflowPanel.h"

#include "Screenshot.h"
#include "UiTestSupport.h"
#include "common/MessageBox.h"
#include "common/NoticeBar.h"
#include "editor/BilingualEditor.h"
#include "editor/RichTextEdit.h"
#include "editor/TextSideEditor.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"
#include "workflow/EntityChoiceModel.h"
#include "workflow/ReturnReasonDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace cpc;
using cpc::test::reportInFile;

namespace {

const QString kSection = QStringLiteral("objective-2");

WorkflowPanel* panelOf(MainWindow& w)
{
    auto* p = w.findChild<WorkflowPanel*>();
    REQUIRE(p);
    return p;
}

BilingualEditor* bodyEditor(MainWindow& w)
{
    auto* e =
        w.currentPage()->findChild<BilingualEditor*>(QStringLiteral("bilingual:sections/objective-2/body"));
    REQUIRE(e);
    return e;
}

} // namespace

TEST_CASE("A section goes through submit, return with a reason, approve and reopen", "[workflow]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    w.resize(1300, 800);
    REQUIRE(w.openFile(path));
    w.selectNode(NavNode{NodeKind::Section, kSection});
    WorkflowPanel* p = panelOf(w);
    REQUIRE(reportInFile(path).section(kSection)->review.status == ReviewStatus::Drafting);
    CHECK(p->submitButton()->isEnabled());
    CHECK_FALSE(p->returnButton()->isEnabled());

    p->submitButton()->click();
    CHECK(reportInFile(path).section(kSection)->review.status == ReviewStatus::Submitted);
    CHECK(p->returnButton()->isEnabled());

    // Cancelling the reason changes nothing.
    ReturnReasonDialog::setNextAnswer(QString());
    p->returnButton()->click();
    CHECK(reportInFile(path).section(kSection)->review.status == ReviewStatus::Submitted);

    ReturnReasonDialog::setNextAnswer(QStringLiteral("Add the 2023 figures from ICBF."));
    p->returnButton()->click();
    Report r = reportInFile(path);
    CHECK(r.section(kSection)->review.status == ReviewStatus::Returned);
    CHECK(r.section(kSection)->review.reason == QStringLiteral("Add the 2023 figures from ICBF."));
    CHECK(p->statusLabel()->text().contains(QStringLiteral("Add the 2023 figures from ICBF.")));

    p->submitButton()->click();
    p->approveButton()->click();
    r = reportInFile(path);
    CHECK(r.section(kSection)->review.status == ReviewStatus::Approved);
    CHECK(r.section(kSection)->review.reason.isEmpty());

    // Approved content is read-only, says so, and the file refuses edits that get through.
    QTest::qWait(0);
    QCoreApplication::processEvents();
    CHECK(bodyEditor(w)->side(Language::En)->editor()->isReadOnly());
    auto* note = w.currentPage()->findChild<NoticeBar*>(QStringLiteral("lockNote"));
    REQUIRE(note);
    CHECK(note->isVisibleTo(w.currentPage()));
    CHECK(note->summary().contains(QStringLiteral("Approved")));
    CHECK_FALSE(p->entityModel()->flags(p->entityModel()->index(0)).testFlag(Qt::ItemIsUserCheckable));
    w.show();
    test::saveScreenshot(&w, QStringLiteral("workflow-approved"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(
        w.session()->edit({FieldChange{FieldPath::fromString(QStringLiteral("sections/objective-2/body/en")),
                                       QStringLiteral("Late change"), false}},
                          QStringLiteral("test")));
    MessageBox::clearAnswers();

    p->reopenButton()->click();
    QCoreApplication::processEvents();
    CHECK(reportInFile(path).section(kSection)->review.status == ReviewStatus::Drafting);
    CHECK_FALSE(bodyEditor(w)->side(Language::En)->editor()->isReadOnly());
    CHECK_FALSE(note->isVisibleTo(w.currentPage()));

    // Each step is an undo step like any edit.
    w.session()->undo();
    CHECK(reportInFile(path).section(kSection)->review.status == ReviewStatus::Approved);
}

TEST_CASE("Assigning entities from the Review panel changes who writes the part", "[workflow]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    w.selectNode(NavNode{NodeKind::Activity, QStringLiteral("2.1")});
    EntityChoiceModel* m = panelOf(w)->entityModel();
    int mfa = -1, padf = -1;
    for (int i = 0; i < m->rowCount(); ++i) {
        if (m->index(i).data(Qt::UserRole).toString() == QStringLiteral("MFA")) mfa = i;
        if (m->index(i).data(Qt::UserRole).toString() == QStringLiteral("PADF")) padf = i;
    }
    REQUIRE(mfa >= 0);
    REQUIRE(padf >= 0);
    CHECK(m->index(padf).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    REQUIRE(m->setData(m->index(mfa), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(m->setData(m->index(padf), Qt::Unchecked, Qt::CheckStateRole));
    const QStringList responsible = reportInFile(path).activity(QStringLiteral("2.1"))->responsible;
    CHECK(responsible.contains(QStringLiteral("MFA")));
    CHECK(responsible.contains(QStringLiteral("ICBF")));
    CHECK_FALSE(responsible.contains(QStringLiteral("PADF")));
}
