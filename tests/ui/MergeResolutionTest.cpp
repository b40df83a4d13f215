// The merge review in plain language: statuses by name, texts formatted with the changed words marked,
// and a conflict resolved with a version that starts from both sides, edited and recorded as the merge.
#include "ContributionFixture.h"
#include "Screenshot.h"
#include "UiTestSupport.h"
#include "contributions/ContributionActions.h"
#include "contributions/ReviewDialog.h"
#include "contributions/ReviewModel.h"
#include "editor/RichTextEdit.h"
#include "model/Workflow.h"
#include "window/MainWindow.h"

#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

using namespace cpc;
using cpc::test::reportInFile;

namespace {

const FieldPath kBody = FieldPath::fromString(QStringLiteral("activities/1.1/body/en"));
const FieldPath kStatus = FieldPath::fromString(QStringLiteral("sections/objective-1/status"));

int rowOf(const ReviewModel& m, const FieldPath& path)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.item(r).path == path) return r;
    return -1;
}

} // namespace

TEST_CASE("A bullet added on each side is kept by merging a combined version", "[contributions][merge]")
{
    const test::SpanishInterface spanish;
    test::TempDir dir;
    const QString report = dir.path(QStringLiteral("report.cpcreport"));
    const QString request = dir.path(QStringLiteral("renacer.cpcreport"));
    test::makeSampleFile(report);
    test::makeRequest(report, QStringLiteral("RENACER"), request);
    const QString sent = reportInFile(report).activity(QStringLiteral("1.1"))->body.en();
    const QString theirs = sent + QStringLiteral("\n\n- **Renacer**: 25 workshops held.");
    const QString mine = sent + QStringLiteral("\n\n- **MOI**: hotline extended.");
    REQUIRE(test::applyTo(
                request,
                {FieldChange{kBody, theirs, false}, FieldChange{kStatus, QStringLiteral("submitted"), false}},
                QStringLiteral("RENACER"), true)
                .isEmpty());
    REQUIRE(test::applyTo(report, {FieldChange{kBody, mine, false}}, QStringLiteral("MOI"), false).isEmpty());

    MainWindow w;
    w.resize(1280, 720);
    REQUIRE(w.openFile(report));
    QString combined;
    ContributionActions::setNextReview([&](ReviewDialog& d) {
        ReviewModel& m = *d.model();
        const int status = rowOf(m, kStatus), body = rowOf(m, kBody);
        REQUIRE(status >= 0);
        REQUIRE(body >= 0);
        REQUIRE(m.item(body).kind == MergeItem::Kind::Conflict);

        // Statuses by their names in the interface language, never their ids.
        const QString submitted = Workflow::statusName(ReviewStatus::Submitted);
        CHECK(submitted != QStringLiteral("submitted"));
        CHECK(m.data(m.index(status, ReviewModel::ReturnedColumn)).toString() == submitted);
        CHECK(m.data(m.index(status, ReviewModel::CurrentColumn)).toString() ==
              Workflow::statusName(ReviewStatus::Drafting));
        d.table()->selectRow(status);
        CHECK(d.details()->toPlainText().contains(submitted));
        CHECK_FALSE(d.details()->toPlainText().contains(QStringLiteral("drafting")));
        CHECK_FALSE(d.details()->toPlainText().contains(QStringLiteral("submitted")));

        // Texts formatted: no Markdown source, the new words marked.
        CHECK_FALSE(
            m.data(m.index(body, ReviewModel::ReturnedColumn)).toString().contains(QStringLiteral("**")));
        d.table()->selectRow(body);
        const QString shown = d.details()->toPlainText();
        CHECK_FALSE(shown.contains(QStringLiteral("**")));
        CHECK(shown.contains(QStringLiteral("25 workshops held.")));
        CHECK(d.details()->toHtml().contains(QStringLiteral("underline")));

        // The combined version starts from both bullets, formatted, and can be edited before it is used.
        REQUIRE(d.combinedEditor()->isVisibleTo(&d));
        const QString start = d.combinedEditor()->storedText();
        CHECK(start.contains(QStringLiteral("**Renacer**: 25 workshops held.")));
        CHECK(start.contains(QStringLiteral("**MOI**: hotline extended.")));
        CHECK_FALSE(d.combinedEditor()->toPlainText().contains(QStringLiteral("**")));
        combined = start + QStringLiteral("\n- Checked by the coordinator.");
        d.combinedEditor()->setStoredText(combined);
        combined = d.combinedEditor()->storedText();
        d.useCombinedButton()->click();
        CHECK(m.isCombined(body));
        CHECK(m.data(m.index(body, ReviewModel::DecisionColumn)).toString() ==
              QStringLiteral("Usar la versión combinada"));
        d.show();
        test::saveScreenshot(&d, QStringLiteral("merge-resolution"));
        return true;
    });
    REQUIRE(w.findChild<ContributionActions*>()->mergeFile(request));
    const Report r = reportInFile(report);
    const QString merged = r.activity(QStringLiteral("1.1"))->body.en();
    CHECK(merged == combined);
    CHECK(merged.contains(QStringLiteral("25 workshops held.")));
    CHECK(merged.contains(QStringLiteral("hotline extended.")));
    CHECK(merged.contains(QStringLiteral("Checked by the coordinator.")));
    CHECK(r.section(QStringLiteral("objective-1"))->review.status == ReviewStatus::Submitted);
}
