#include "ContributionFixture.h"
#include "Screenshot.h"
#include "UiTestSupport.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/NoticeBar.h"
#include "contributions/ContributionActions.h"
#include "contributions/RequestDialog.h"
#include "editor/BilingualEditor.h"
#include "editor/RichTextEdit.h"
#include "editor/TextSideEditor.h"
#include "merge/ContributionRequest.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace cpc;

namespace {

BilingualEditor* editorOn(MainWindow& w, const QString& path)
{
    return w.currentPage()->findChild<BilingualEditor*>(QStringLiteral("bilingual:") + path);
}

bool isReadOnly(BilingualEditor* e)
{
    return e->side(Language::En)->editor()->isReadOnly();
}

} // namespace

TEST_CASE("Request Contribution writes the partner's file from the dialog", "[contributions][request]")
{
    test::TempDir dir;
    const QString report = dir.path(QStringLiteral("report.cpcreport"));
    const QString out = dir.path(QStringLiteral("for-icbf.cpcreport"));
    test::makeSampleFile(report);
    MainWindow w;
    REQUIRE(w.openFile(report));
    auto* actions = w.findChild<ContributionActions*>();
    REQUIRE(actions);
    CHECK(actions->requestAction()->isEnabled());

    RequestDialog d(*w.document(), QString(), &w);
    // An entity with nothing assigned is offered but cannot be chosen.
    const int mfa = d.entityBox()->findData(QStringLiteral("MFA"));
    REQUIRE(mfa >= 0);
    CHECK_FALSE(d.entityBox()->itemData(mfa, Qt::UserRole - 1).toInt() & Qt::ItemIsEnabled);
    d.entityBox()->setCurrentIndex(d.entityBox()->findData(QStringLiteral("ICBF")));
    d.noteEdit()->setPlainText(QStringLiteral("Please report the 2023 figures for objective 2."));
    d.dueEdit()->setDate(QDate(2024, 6, 30));
    FileDialog::setNextFileName(out);
    d.chooseOutput();
    CHECK(d.outputEdit()->text() == QDir::toNativeSeparators(out));
    d.show();
    test::saveScreenshot(&d, QStringLiteral("request-dialog"));
    REQUIRE(d.createRequest());
    REQUIRE(d.created());
    CHECK(d.created()->entity == QStringLiteral("ICBF"));

    auto written = ReportDocument::open(out, ReportDocument::Mode::ReadOnly);
    REQUIRE(written.ok());
    const auto request = ContributionRequest::of(*written.value());
    REQUIRE(request);
    CHECK(request->entity == QStringLiteral("ICBF"));
    CHECK(request->due == QStringLiteral("2024-06-30"));
    CHECK(request->note == QStringLiteral("Please report the 2023 figures for objective 2."));
    // The coordinator's file keeps the record the merge will compare against.
    CHECK(ContributionRequest::recorded(*w.document(), request->id));

    // Writing over an existing file is refused in the dialog, which stays open and says why.
    RequestDialog again(*w.document(), QString(), &w);
    again.outputEdit()->setText(out);
    CHECK_FALSE(again.createRequest());
    CHECK(again.errorLabel()->text().contains(QStringLiteral("already exists")));
}

TEST_CASE("A contribution file says whose it is and keeps everything else read-only",
          "[contributions][banner]")
{
    test::TempDir dir;
    const QString report = dir.path(QStringLiteral("report.cpcreport"));
    const QString request = dir.path(QStringLiteral("renacer.cpcreport"));
    test::makeSampleFile(report);
    test::makeRequest(report, QStringLiteral("RENACER"), request,
                      QStringLiteral("Update the narrative of objective 1."), QStringLiteral("2024-06-30"));

    MainWindow w;
    w.resize(1300, 800);
    REQUIRE(w.openFile(request));
    auto* banner = w.findChild<NoticeBar*>(QStringLiteral("contributionBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisibleTo(&w));
    CHECK((banner->summary() + banner->details())
              .contains(QStringLiteral("Contribution for Fundación Renacer")));
    CHECK((banner->summary() + banner->details()).contains(QStringLiteral("Ana (MOI)")));
    CHECK((banner->summary() + banner->details()).contains(QStringLiteral("2024")));
    CHECK((banner->summary() + banner->details())
              .contains(QStringLiteral("Update the narrative of objective 1.")));
    // Requests and merges are the coordinator's.
    auto* actions = w.findChild<ContributionActions*>();
    CHECK_FALSE(actions->requestAction()->isEnabled());
    CHECK_FALSE(actions->mergeAction()->isEnabled());

    // Outside the scope: the page is read-only with a note, and an edit that gets through is refused.
    w.selectNode(NavNode{NodeKind::Section, QStringLiteral("executive-summary")});
    auto* summary = editorOn(w, QStringLiteral("sections/executive-summary/body"));
    REQUIRE(summary);
    CHECK(isReadOnly(summary));
    auto* note = w.currentPage()->findChild<NoticeBar*>(QStringLiteral("lockNote"));
    REQUIRE(note);
    CHECK(note->summary().contains(QStringLiteral("Not part of Fundación Renacer's contribution")));
    w.show();
    test::saveScreenshot(&w, QStringLiteral("contribution-out-of-scope"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(w.session()->edit(
        {FieldChange{FieldPath::fromString(QStringLiteral("sections/executive-summary/body/en")),
                     QStringLiteral("Not mine to write."), false}},
        QStringLiteral("test")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("not asked of RENACER")));

    // Its own section: the narrative is open, the title (the coordinator's) is not.
    w.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-1")});
    auto* body = editorOn(w, QStringLiteral("sections/objective-1/body"));
    auto* title = editorOn(w, QStringLiteral("sections/objective-1/title"));
    REQUIRE(body);
    REQUIRE(title);
    CHECK_FALSE(isReadOnly(body));
    CHECK(isReadOnly(title));
    auto* ownNote = w.currentPage()->findChild<NoticeBar*>(QStringLiteral("lockNote"));
    CHECK((ownNote == nullptr || !ownNote->isVisibleTo(w.currentPage())));
    test::saveScreenshot(&w, QStringLiteral("contribution-in-scope"));
    REQUIRE(
        w.session()->edit({FieldChange{FieldPath::fromString(QStringLiteral("sections/objective-1/body/en")),
                                       QStringLiteral("Renacer's narrative."), false}},
                          QStringLiteral("test")));
    MessageBox::clearAnswers();
}

TEST_CASE("An ordinary report shows no contribution banner", "[contributions][banner]")
{
    test::TempDir dir;
    const QString report = dir.path(QStringLiteral("report.cpcreport"));
    test::makeSampleFile(report);
    MainWindow w;
    REQUIRE(w.openFile(report));
    auto* banner = w.findChild<NoticeBar*>(QStringLiteral("contributionBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisibleTo(&w));
}
