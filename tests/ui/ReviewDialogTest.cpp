#include "contributions/ReviewDialog.h"

#include "ContributionFixture.h"
#include "Screenshot.h"
#include "UiTestSupport.h"
#include "common/MessageBox.h"
#include "contributions/ContributionActions.h"
#include "contributions/ReviewModel.h"
#include "support/TestSupport.h"
#include "window/MainWindow.h"

#include <QLabel>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

using namespace cpc;
using cpc::test::reportInFile;

namespace {

const FieldPath kObjectiveBody{QStringLiteral("sections"), QStringLiteral("objective-1"),
                               QStringLiteral("body"), QStringLiteral("en")};
const FieldPath kActivityBody{QStringLiteral("activities"), QStringLiteral("1.1"), QStringLiteral("body"),
                              QStringLiteral("en")};
const FieldPath kSummaryBody{QStringLiteral("sections"), QStringLiteral("executive-summary"),
                             QStringLiteral("body"), QStringLiteral("en")};

int rowOf(const ReviewModel& m, const FieldPath& path)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.item(r).path == path) return r;
    return -1;
}

// A report, RENACER's contribution to it (two of its texts changed, plus a text it was not asked for,
// written behind the guard's back), and the coordinator's own edit of one of those texts meanwhile.
struct Cycle {
    test::TempDir dir;
    QString report = dir.path(QStringLiteral("report.cpcreport"));
    QString request = dir.path(QStringLiteral("renacer.cpcreport"));
    QString originalObjective, originalSummary;

    Cycle()
    {
        test::makeSampleFile(report);
        test::makeRequest(report, QStringLiteral("RENACER"), request,
                          QStringLiteral("Please update objective 1"));
        const Report r = reportInFile(report);
        originalObjective = r.section(QStringLiteral("objective-1"))->body.en();
        originalSummary = r.section(QStringLiteral("executive-summary"))->body.en();
        // Within its scope, through the guard.
        REQUIRE(
            test::applyTo(
                request,
                {FieldChange{kObjectiveBody, QStringLiteral("Renacer trained 120 tour operators."), false},
                 FieldChange{kActivityBody, QStringLiteral("Renacer's account of activity 1.1."), false}},
                QStringLiteral("RENACER"), true)
                .isEmpty());
        // The guard refuses what was not asked...
        CHECK_FALSE(
            test::applyTo(request,
                          {FieldChange{kSummaryBody, QStringLiteral("Rewritten by a partner."), false}},
                          QStringLiteral("RENACER"), true)
                .isEmpty());
        // ...so a hostile copy writes it without the guard; the merge must still refuse it.
        REQUIRE(test::applyTo(request,
                              {FieldChange{kSummaryBody, QStringLiteral("Rewritten by a partner."), false}},
                              QStringLiteral("RENACER"), false)
                    .isEmpty());
        REQUIRE(test::applyTo(
                    report, {FieldChange{kActivityBody, QStringLiteral("The coordinator's version."), false}},
                    QStringLiteral("MOI"), false)
                    .isEmpty());
    }
};

ContributionActions* actionsOf(MainWindow& w)
{
    auto* a = w.findChild<ContributionActions*>();
    REQUIRE(a);
    return a;
}

} // namespace

TEST_CASE("The merge review lists each field, keeps conflicts until chosen and merges as one undo step",
          "[contributions][merge]")
{
    Cycle c;
    MainWindow w;
    w.resize(1200, 760);
    REQUIRE(w.openFile(c.report));
    CHECK(actionsOf(w)->mergeAction()->isEnabled());

    bool reviewed = false;
    ContributionActions::setNextReview([&](ReviewDialog& d) {
        reviewed = true;
        const ReviewModel& m = *d.model();
        REQUIRE(m.rowCount() >= 3);
        const int change = rowOf(m, kObjectiveBody), conflict = rowOf(m, kActivityBody),
                  refused = rowOf(m, kSummaryBody);
        REQUIRE(change >= 0);
        REQUIRE(conflict >= 0);
        REQUIRE(refused >= 0);
        CHECK(m.item(change).kind == MergeItem::Kind::Change);
        CHECK(m.item(conflict).kind == MergeItem::Kind::Conflict);
        CHECK(m.item(refused).kind == MergeItem::Kind::Refused);
        // What the coordinator has and what came back, side by side.
        CHECK(m.data(m.index(change, ReviewModel::CurrentColumn), Qt::ToolTipRole).toString() ==
              c.originalObjective);
        CHECK(m.data(m.index(change, ReviewModel::ReturnedColumn)).toString() ==
              QStringLiteral("Renacer trained 120 tour operators."));
        // A conflict shows all three versions and is not taken unless chosen.
        CHECK(m.data(m.index(conflict, ReviewModel::ReturnedColumn)).toString() ==
              QStringLiteral("Renacer's account of activity 1.1."));
        CHECK(m.data(m.index(conflict, ReviewModel::CurrentColumn)).toString() ==
              QStringLiteral("The coordinator's version."));
        CHECK_FALSE(m.data(m.index(conflict, ReviewModel::RequestedColumn)).toString().isEmpty());
        CHECK(m.data(m.index(conflict, ReviewModel::DecisionColumn), Qt::CheckStateRole).toInt() ==
              Qt::Unchecked);
        CHECK(m.data(m.index(change, ReviewModel::DecisionColumn), Qt::CheckStateRole).toInt() ==
              Qt::Checked);
        CHECK_FALSE(m.flags(m.index(refused, ReviewModel::DecisionColumn)).testFlag(Qt::ItemIsUserCheckable));
        d.table()->selectRow(conflict);
        const QString details = d.details()->toPlainText();
        CHECK(details.contains(QStringLiteral("As sent")));
        CHECK(details.contains(QStringLiteral("What the contributor changed")));
        CHECK(details.contains(QStringLiteral("The coordinator's version.")));
        d.show();
        test::saveScreenshot(&d, QStringLiteral("review-dialog"));
        return true;
    });
    REQUIRE(actionsOf(w)->mergeFile(c.request));
    CHECK(reviewed);

    Report r = reportInFile(c.report);
    CHECK(r.section(QStringLiteral("objective-1"))->body.en() ==
          QStringLiteral("Renacer trained 120 tour operators."));
    CHECK(r.activity(QStringLiteral("1.1"))->body.en() == QStringLiteral("The coordinator's version."));
    CHECK(r.section(QStringLiteral("executive-summary"))->body.en() == c.originalSummary);

    // One undo step takes the whole merge back, and redo brings it again.
    REQUIRE(w.undoStack()->count() >= 1);
    w.undoStack()->undo();
    CHECK(reportInFile(c.report).section(QStringLiteral("objective-1"))->body.en() == c.originalObjective);
    w.undoStack()->redo();
    CHECK(reportInFile(c.report).section(QStringLiteral("objective-1"))->body.en() ==
          QStringLiteral("Renacer trained 120 tour operators."));
}

TEST_CASE("Taking the returned side of a conflict and rejecting a change do exactly that",
          "[contributions][merge]")
{
    Cycle c;
    MainWindow w;
    REQUIRE(w.openFile(c.report));
    ContributionActions::setNextReview([&](ReviewDialog& d) {
        ReviewModel& m = *d.model();
        m.setData(m.index(rowOf(m, kObjectiveBody), ReviewModel::DecisionColumn), Qt::Unchecked,
                  Qt::CheckStateRole);
        m.setData(m.index(rowOf(m, kActivityBody), ReviewModel::DecisionColumn), Qt::Checked,
                  Qt::CheckStateRole);
        // A refused row cannot be taken.
        CHECK_FALSE(m.setData(m.index(rowOf(m, kSummaryBody), ReviewModel::DecisionColumn), Qt::Checked,
                              Qt::CheckStateRole));
        CHECK(d.rejected().contains(rowOf(m, kObjectiveBody)));
        CHECK(d.takeReturned() == QSet<int>{rowOf(m, kActivityBody)});
        CHECK(d.summary()->text().contains(QStringLiteral("1 taken")));
        return true;
    });
    REQUIRE(actionsOf(w)->mergeFile(c.request));
    const Report r = reportInFile(c.report);
    CHECK(r.section(QStringLiteral("objective-1"))->body.en() == c.originalObjective);
    CHECK(r.activity(QStringLiteral("1.1"))->body.en() ==
          QStringLiteral("Renacer's account of activity 1.1."));
    CHECK(r.section(QStringLiteral("executive-summary"))->body.en() == c.originalSummary);
}

// No ';' in test names: catch_discover_tests hands them to CMake, which splits a name there.
TEST_CASE("Cancelling the review changes nothing, and merging twice changes nothing the second time",
          "[contributions][merge]")
{
    Cycle c;
    MainWindow w;
    REQUIRE(w.openFile(c.report));
    const qint64 before = w.document()->revision();
    ContributionActions::setNextReview([](ReviewDialog&) { return false; });
    CHECK_FALSE(actionsOf(w)->mergeFile(c.request));
    CHECK(w.document()->revision() == before);

    ContributionActions::setNextReview([](ReviewDialog&) { return true; });
    REQUIRE(actionsOf(w)->mergeFile(c.request));
    const qint64 merged = w.document()->revision();
    CHECK(merged > before);
    // Only the conflict (kept) and the refusal are left; taking nothing more changes nothing.
    ContributionActions::setNextReview([](ReviewDialog& d) {
        CHECK(d.model()->plan().count(MergeItem::Kind::Change) == 0);
        return true;
    });
    actionsOf(w)->mergeFile(c.request);
    CHECK(w.document()->revision() == merged);
}

TEST_CASE("A contribution for another report is refused with a message", "[contributions][merge]")
{
    test::TempDir dir;
    const QString a = dir.path(QStringLiteral("a.cpcreport")), b = dir.path(QStringLiteral("b.cpcreport"));
    const QString request = dir.path(QStringLiteral("a-renacer.cpcreport"));
    test::makeSampleFile(a);
    test::makeSampleFile(b);
    test::makeRequest(a, QStringLiteral("RENACER"), request);
    MainWindow w;
    REQUIRE(w.openFile(b));
    const qint64 before = w.document()->revision();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(actionsOf(w)->mergeFile(request));
    CHECK(MessageBox::lastText().contains(QStringLiteral("cannot be merged")));
    CHECK(w.document()->revision() == before);

    // Nor is a file that is not a report at all.
    const QString junk = dir.path(QStringLiteral("junk.cpcreport"));
    test::writeFile(junk, "not a report");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(actionsOf(w)->mergeFile(junk));
    CHECK(w.document()->revision() == before);
    MessageBox::clearAnswers();
}
