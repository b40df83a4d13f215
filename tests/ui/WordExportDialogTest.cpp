#include "UiTestSupport.h"
#include "pdfexport/PdfExportDialog.h"
#include "support/TestSupport.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

std::unique_ptr<ReportDocument> openSample(const test::TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("informe.cpcreport"));
    test::makeSampleFile(path);
    auto doc = ReportDocument::open(path, ReportDocument::Mode::ReadWrite);
    REQUIRE(doc.ok());
    return doc.take();
}

std::pair<bool, bool> runExport(PdfExportDialog& d, bool cancelAtOnce = false)
{
    QSignalSpy spy(&d, &PdfExportDialog::exportFinished);
    REQUIRE(d.start());
    if (cancelAtOnce) d.cancel();
    REQUIRE(spy.wait(120000));
    return {spy.at(0).at(0).toBool(), spy.at(0).at(1).toBool()};
}

} // namespace

TEST_CASE("File, Export Word document writes an editable document beside the report",
          "[window][export][docx]")
{
    test::TempDir dir;
    auto doc = openSample(dir);
    PdfExportDialog d(*doc, PdfExportDialog::Purpose::ExportWord);
    CHECK(d.outputPath() == dir.path(QStringLiteral("informe.docx")));
    PdfOptions o;
    o.layout = PdfOptions::Layout::Parallel;
    d.setOptions(o);
    const auto [ok, cancelled] = runExport(d);
    REQUIRE(ok);
    CHECK_FALSE(cancelled);
    const QByteArray bytes = test::readFile(dir.path(QStringLiteral("informe.docx")));
    CHECK(bytes.startsWith("PK")); // an Office Open XML package
    CHECK(bytes.contains("word/document.xml"));
}

TEST_CASE("A cancelled Word export leaves no file", "[window][export][docx]")
{
    test::TempDir dir;
    auto doc = openSample(dir);
    PdfExportDialog d(*doc, PdfExportDialog::Purpose::ExportWord);
    const auto [ok, cancelled] = runExport(d, true);
    CHECK_FALSE(ok);
    CHECK(cancelled);
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("informe.docx"))));
}

TEST_CASE("The window offers the Word export in the File menu once a report is open",
          "[window][export][docx]")
{
    test::TempDir dir;
    MainWindow w;
    QAction* action = w.findChild<QAction*>(QStringLiteral("actionExportWord"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());
    const QString path = dir.path(QStringLiteral("informe.cpcreport"));
    test::makeSampleFile(path);
    REQUIRE(w.openFile(path));
    CHECK(action->isEnabled());
}
