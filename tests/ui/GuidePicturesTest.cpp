// The user guide's pictures of the window, in both languages. The test checks what they show; with
// CPC_SHOTS_DIR=docs/guide/images it also writes them (en-main-window.png, es-main-window.png).
#include "Screenshot.h"
#include "UiTestSupport.h"
#include "navigator/ReportTreeModel.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"
#include "template/TemplateLibrary.h"
#include "util/ResourcePaths.h"
#include "window/MainWindow.h"

#include "json/ReportJsonReader.h"
#include <QApplication>
#include <QFile>
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
    w.resize(1400, 860);
    w.show();
    REQUIRE(w.openFile(path));
    const NavNode objective{NodeKind::Section, QStringLiteral("objective-3")};
    w.selectNode(objective);
    QTest::qWait(300); // the first-run arrangement and the readiness check
    ReportTreeModel* m = w.treeModel();
    CHECK(m->data(m->indexOf(objective)).toString() == pageTitle);
    CHECK(m->data(m->indexOf(objective, ReportTreeModel::TranslationColumn)).toString() == current);
    REQUIRE(w.currentPage());
    test::saveScreenshot(&w, language + QStringLiteral("-main-window"));
}

} // namespace

TEST_CASE("The guide's picture of the window, in English and in Spanish", "[window][guide]")
{
    picture(QStringLiteral("en"), QStringLiteral("Objective 3: Prosecution"), QStringLiteral("Current"));

    const test::SpanishInterface spanish;
    picture(QStringLiteral("es"), QStringLiteral("Objetivo 3: Judicialización"), QStringLiteral("Al día"));
}
