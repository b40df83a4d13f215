#include "UiTestSupport.h"
#include "checks/CheckEngine.h"
#include "common/MessageBox.h"
#include "indicatordata/ExportIndicatorsDialog.h"
#include "pdfexport/PdfExportDialog.h"
#include "pdfexport/PdfPreviewDialog.h"
#include "pdfexport/PdfPrinter.h"
#include "settings/Preferences.h"
#include "support/TestSupport.h"
#include "window/MainWindow.h"

#include "json/ReportJsonWriter.h"
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPdfDocument>
#include <QProcess>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

constexpr int kExportTimeoutMs = 120000;

std::unique_ptr<ReportDocument> openSample(const test::TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("informe.cpcreport"));
    test::makeSampleFile(path);
    auto doc = ReportDocument::open(path, ReportDocument::Mode::ReadWrite);
    REQUIRE(doc.ok());
    return doc.take();
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Runs the dialog's export to the end; returns the exportFinished arguments (ok, cancelled).
std::pair<bool, bool> runExport(PdfExportDialog& d, bool cancelAtOnce = false)
{
    QSignalSpy spy(&d, &PdfExportDialog::exportFinished);
    REQUIRE(d.start());
    CHECK(d.isRunning());
    if (cancelAtOnce) d.cancel();
    REQUIRE(spy.wait(kExportTimeoutMs));
    CHECK_FALSE(d.isRunning());
    return {spy.at(0).at(0).toBool(), spy.at(0).at(1).toBool()};
}

void shoot(QWidget* w, const QString& name)
{
    const QString dir = QStringLiteral("/tmp/helpers/shots-uicheck");
    if (QDir().mkpath(dir)) w->grab().save(dir + u'/' + name);
}

} // namespace

TEST_CASE("The export dialog writes the PDF chosen, in the language chosen", "[window][export]")
{
    test::TempDir dir;
    auto doc = openSample(dir);
    Preferences::paperSize().set(QStringLiteral("a4"));
    PdfExportDialog d(*doc, PdfExportDialog::Purpose::Export);
    // The paper comes from Preferences, the file from the report's name.
    CHECK(d.options().paper == PdfOptions::Paper::A4);
    CHECK(d.outputPath() == dir.path(QStringLiteral("informe.pdf")));
    Preferences::paperSize().set(QStringLiteral("letter"));

    PdfOptions o;
    o.languages = PdfOptions::Languages::Es;
    o.layout = PdfOptions::Layout::Sequential;
    o.paper = PdfOptions::Paper::A4;
    d.setOptions(o);
    const QString out = dir.path(QStringLiteral("salida.pdf"));
    d.setOutputPath(out);
    d.setOfferPreview(false);
    d.show();
    shoot(&d, QStringLiteral("export-dialog.png"));
    const auto [ok, cancelled] = runExport(d);
    CHECK(ok);
    CHECK_FALSE(cancelled);
    REQUIRE(QFile::exists(out));
    const QString text = pdfText(out);
    // The cover has no footer: numbering is first printed on page 2.
    CHECK(text.contains(QStringLiteral("Página 2 de")));
    CHECK_FALSE(text.contains(QStringLiteral("Page 2 of")));

    // The preview shows that file.
    PdfPreviewDialog preview(out);
    CHECK(preview.isLoaded());
    CHECK(preview.pageCount() > 3);
    preview.show();
    shoot(&preview, QStringLiteral("pdf-preview.png"));
}

TEST_CASE("A report that is not ready exports as a draft unless the user ticks the final print",
          "[window][export]")
{
    test::TempDir dir;
    auto doc = openSample(dir);
    PdfExportDialog d(*doc, PdfExportDialog::Purpose::Export);
    d.setOfferPreview(false);
    auto* finalBox = d.findChild<QCheckBox*>();
    REQUIRE(finalBox);
    CHECK_FALSE(finalBox->isChecked()); // a draft unless the user says otherwise
    CHECK(finalBox->text() == PdfExportDialog::tr("Print as final even if items are pending"));
    bool ready = true;
    for (const Finding& f : CheckEngine(d.options().checks).run(doc->report()))
        ready = ready && f.severity != Severity::Error;
    const QString draft = dir.path(QStringLiteral("borrador.pdf"));
    d.setOutputPath(draft);
    REQUIRE(runExport(d).first);
    const QString out = dir.path(QStringLiteral("final.pdf"));
    finalBox->setChecked(true);
    CHECK(d.options().final);
    d.setOutputPath(out);
    REQUIRE(runExport(d).first);
    CHECK_FALSE(pdfText(out).contains(QStringLiteral("DRAFT / BORRADOR")));
    if (!ready) {
        // The sample has errors left: the draft says so on every page, the final print on its cover.
        CHECK(pdfText(draft).count(QStringLiteral("DRAFT / BORRADOR")) >= 4);
        CHECK(pdfText(out).contains(QStringLiteral("Printed as final although the readiness check")));
    }
}

TEST_CASE("Cancelling an export leaves no file, and an existing one untouched", "[window][export]")
{
    test::TempDir dir;
    auto doc = openSample(dir);
    PdfExportDialog d(*doc, PdfExportDialog::Purpose::Export);
    d.setOfferPreview(false);

    const QString fresh = dir.path(QStringLiteral("nuevo.pdf"));
    d.setOutputPath(fresh);
    auto [ok, cancelled] = runExport(d, true);
    CHECK_FALSE(ok);
    CHECK(cancelled);
    CHECK_FALSE(QFile::exists(fresh));

    const QString existing = dir.path(QStringLiteral("anterior.pdf"));
    {
        QFile f(existing);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("older export");
    }
    d.setOutputPath(existing);
    std::tie(ok, cancelled) = runExport(d, true);
    CHECK(cancelled);
    QFile f(existing);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "older export");
}

TEST_CASE("The export dialog refuses an output it cannot write, and says why", "[window][export]")
{
    test::TempDir dir;
    auto doc = openSample(dir);
    PdfExportDialog d(*doc, PdfExportDialog::Purpose::Export);
    d.setOutputPath(dir.path(QStringLiteral("no-such-folder/x.pdf")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(d.start());
    CHECK(MessageBox::lastText().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(d.isRunning());
}

TEST_CASE("Printing draws every page of the PDF on the printer", "[window][print]")
{
    test::TempDir dir;
    auto doc = openSample(dir);
    PdfExportDialog d(*doc, PdfExportDialog::Purpose::Print);
    PdfOptions o;
    o.languages = PdfOptions::Languages::En;
    d.setOptions(o);
    const QString printed = dir.path(QStringLiteral("printed.pdf"));
    PdfPrinter::setNextOutputFile(printed);
    QSignalSpy closed(&d, &QDialog::accepted);
    const auto [ok, cancelled] = runExport(d);
    CHECK(ok);
    CHECK_FALSE(cancelled);
    REQUIRE(closed.count() == 1);
    REQUIRE(QFile::exists(printed));

    // As many pages as an English export of the same report.
    const QString exported = dir.path(QStringLiteral("en.pdf"));
    PdfExportDialog e(*doc, PdfExportDialog::Purpose::Export);
    e.setOptions(o);
    e.setOutputPath(exported);
    e.setOfferPreview(false);
    REQUIRE(runExport(e).first);
    QPdfDocument a;
    QPdfDocument b;
    REQUIRE(a.load(printed) == QPdfDocument::Error::None);
    REQUIRE(b.load(exported) == QPdfDocument::Error::None);
    CHECK(a.pageCount() == b.pageCount());
    CHECK(a.pagePointSize(0).toSize() == b.pagePointSize(0).toSize());

    // Cancelling the print dialog prints nothing.
    PdfPrinter::setNextOutputFile(QString());
    CHECK_FALSE(PdfPrinter::print(nullptr, exported));
}

TEST_CASE("Export PDF and Print are in the File menu while a report is open", "[window][export]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    CHECK_FALSE(w.exportPdfAction()->isEnabled());
    REQUIRE(w.openFile(path));
    CHECK(w.exportPdfAction()->isEnabled());
    CHECK(w.printAction()->isEnabled());
}

// Issue 14, defect 1, in the window: the exports share the command line's output policy (OutputFile), and
// the refusal is in the interface's language.
TEST_CASE("The window's exports refuse to write onto the report itself, in Spanish", "[window][export]")
{
    test::TempDir dir;
    auto doc = openSample(dir);
    const QString before = QString::fromUtf8(ReportJsonWriter::write(doc->report()));
    test::SpanishInterface spanish;
    {
        PdfExportDialog d(*doc, PdfExportDialog::Purpose::Export);
        d.setOutputPath(doc->path());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        CHECK_FALSE(d.start());
        CHECK(MessageBox::lastText().contains(QStringLiteral("es el informe que se está leyendo")));
        CHECK_FALSE(d.isRunning());
    }
    ExportIndicatorsDialog indicators(doc.get());
    const Status s = indicators.exportTo(doc->path() + QStringLiteral("-wal"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("es el informe que se está leyendo")));
    auto again = ReportDocument::open(doc->path(), ReportDocument::Mode::ReadOnly);
    REQUIRE(again.ok());
    CHECK(QString::fromUtf8(ReportJsonWriter::write(again.value()->report())) == before);
}

TEST_CASE("The export dialog warns before export of text the PDF cannot print, and not of Chinese",
          "[window][export]")
{
    test::TempDir dir;
    auto doc = openSample(dir);
    {
        PdfExportDialog d(*doc, PdfExportDialog::Purpose::Export);
        CHECK_FALSE(d.findChild<QLabel*>(QStringLiteral("unprintableWarning")));
    }
    const FieldPath body = FieldPath::fromString(QStringLiteral("sections/objective-3/body/en"));
    REQUIRE(doc->apply(ChangeSet{{FieldChange{body, QString::fromUtf8("Socios: 儿童保护")}},
                                 QStringLiteral("t"),
                                 ChangeOrigin::Edit}));
    {
        PdfExportDialog d(*doc, PdfExportDialog::Purpose::Export);
        CHECK_FALSE(
            d.findChild<QLabel*>(QStringLiteral("unprintableWarning"))); // printed with the fallback face
    }
    REQUIRE(doc->apply(ChangeSet{
        {FieldChange{body, QString::fromUtf8("Gracias: شكرا")}}, QStringLiteral("t"), ChangeOrigin::Edit}));
    PdfExportDialog d(*doc, PdfExportDialog::Purpose::Export);
    const auto* warning = d.findChild<QLabel*>(QStringLiteral("unprintableWarning"));
    REQUIRE(warning);
    CHECK(warning->text().contains(QString::fromUtf8("ش")));
    d.show();
    shoot(&d, QStringLiteral("export-dialog-unprintable.png"));
    PdfExportDialog word(*doc, PdfExportDialog::Purpose::ExportWord);
    CHECK_FALSE(word.findChild<QLabel*>(QStringLiteral("unprintableWarning")));
}
