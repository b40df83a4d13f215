// The user guide's pictures of the window, in both languages. The test checks what they show; with
// CPC_SHOTS_DIR=docs/guide/images it also writes them (en-main-window.png, es-main-window.png).
#include "ContributionFixture.h"
#include "Screenshot.h"
#include "UiTestSupport.h"
#include "contributions/ContributionActions.h"
#include "contributions/ReviewDialog.h"
#include "contributions/ReviewModel.h"
#include "editor/RichTextEdit.h"
#include "navigator/ReportTreeModel.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"
#include "template/TemplateLibrary.h"
#include "util/ResourcePaths.h"
#include "window/FirstRunLayout.h"
#include "window/MainWindow.h"

#include "json/ReportJsonReader.h"
#include <QApplication>
#include <QFile>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

// The program's own sample with its template, as `./build.sh run` makes it: what a new user first sees.
void makeProgramSample(const QString& path)
{
    QFile f(ResourcePaths::file(QStringLiteral("samples/sample-report.json")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto report = ReportJsonReader::read(f.readAll(), f.fileName());
    REQUIRE(report.ok());
    auto t = TemplateLibrary::find(report.value().info.templateId);
    REQUIRE(t.ok());
    REQUIRE(ReportDocument::create(path, report.value(), t.value().json, QStringLiteral("guide")).ok());
}

void picture(const QString& language, const QString& pageTitle, const QString& current)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("sample.cpcreport"));
    makeProgramSample(path);
    MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    // As on a 1366x768 laptop the first time (opening arranges the window for the offscreen 800x800 screen).
    FirstRunLayout::size(w, QSize(1366, 768));
    QTest::qWait(50);
    FirstRunLayout::arrange(w);
    const NavNode objective{NodeKind::Section, QStringLiteral("objective-3")};
    w.selectNode(objective);
    QTest::qWait(300); // the first-run arrangement and the readiness check
    ReportTreeModel* m = w.treeModel();
    CHECK(m->data(m->indexOf(objective)).toString() == pageTitle);
    CHECK(m->data(m->indexOf(objective, ReportTreeModel::TranslationColumn)).toString() == current);
    REQUIRE(w.currentPage());
    test::saveScreenshot(&w, language + QStringLiteral("-main-window"));
}

// Section 4 of the guide: a conflict where the coordinator and the partner each added a bullet.
void mergePicture(const QString& language)
{
    test::TempDir dir;
    const QString report = dir.path(QStringLiteral("report.cpcreport"));
    const QString request = dir.path(QStringLiteral("renacer.cpcreport"));
    makeProgramSample(report);
    test::makeRequest(report, QStringLiteral("RENACER"), request);
    const bool es = language == QStringLiteral("es");
    const FieldPath body = FieldPath::fromString(QStringLiteral("activities/1.1/body/") + language);
    const Report before = test::reportInFile(report);
    const BiText& text = before.activity(QStringLiteral("1.1"))->body;
    const QString sent = es ? text.es() : text.en();
    const QString theirs =
        es ? QStringLiteral("- **Renacer**: 25 talleres con operadores turísticos en Cartagena.")
           : QStringLiteral("- **Renacer**: 25 workshops with tour operators in Cartagena.");
    const QString mine = es ? QStringLiteral("- **MinInterior**: la línea 141 amplió su horario.")
                            : QStringLiteral("- **MOI**: the 141 hotline extended its hours.");
    REQUIRE(test::applyTo(request, {FieldChange{body, sent + QStringLiteral("\n\n") + theirs, false}},
                          QStringLiteral("RENACER"), true)
                .isEmpty());
    REQUIRE(test::applyTo(report, {FieldChange{body, sent + QStringLiteral("\n\n") + mine, false}},
                          QStringLiteral("MOI"), false)
                .isEmpty());
    MainWindow w;
    REQUIRE(w.openFile(report));
    bool shown = false;
    ContributionActions::setNextReview([&](ReviewDialog& d) {
        const ReviewModel& m = *d.model();
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.item(r).kind == MergeItem::Kind::Conflict) d.table()->selectRow(r);
        CHECK(d.combinedEditor()->storedText().contains(theirs.mid(2)));
        CHECK(d.combinedEditor()->storedText().contains(mine.mid(2)));
        d.resize(1100, 760);
        d.show();
        QTest::qWait(100);
        test::saveScreenshot(&d, language + QStringLiteral("-merge-conflict"));
        shown = true;
        return false;
    });
    w.findChild<ContributionActions*>()->mergeFile(request);
    CHECK(shown);
}

} // namespace

TEST_CASE("The guide's picture of a merge conflict, in English and in Spanish", "[window][guide]")
{
    mergePicture(QStringLiteral("en"));
    const test::SpanishInterface spanish;
    mergePicture(QStringLiteral("es"));
}

TEST_CASE("The guide's picture of the window, in English and in Spanish", "[window][guide]")
{
    picture(QStringLiteral("en"), QStringLiteral("Objective 3: Prosecution"), QStringLiteral("Current"));

    const test::SpanishInterface spanish;
    picture(QStringLiteral("es"), QStringLiteral("Objetivo 3: Judicialización"), QStringLiteral("Al día"));
}
