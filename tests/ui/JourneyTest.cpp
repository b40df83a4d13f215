// Whole journeys through the real window, each ending the way a user ends the day: File > Quit (the
// action Ctrl+Q triggers). Run under AddressSanitizer too (tests/scripts/run-sanitizers.sh --ui).
#include "JourneySupport.h"
#include "LocaleGuard.h"
#include "UiTestSupport.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "contributions/ContributionActions.h"
#include "contributions/RequestDialog.h"
#include "editor/RichTextEdit.h"
#include "editor/TextSideEditor.h"
#include "help/UserGuideDialog.h"
#include "indicatordata/ImportIndicatorsDialog.h"
#include "indicators/IndicatorPage.h"
#include "indicators/IndicatorYearModel.h"
#include "pdfexport/PdfExportDialog.h"
#include "readiness/FindingsModel.h"
#include "readiness/ReadinessPanel.h"
#include "settings/Identity.h"
#include "storage/ReportDocument.h"
#include "structure/NewPartDialog.h"
#include "structure/StructureEditing.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"
#include "workflow/EntityChoiceModel.h"
#include "workflow/WorkflowPanel.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QWizard>

using namespace cpc;
using cpc::test::reportInFile;

namespace {

const Identity kCoordinator{QStringLiteral("Ana Pérez"), QStringLiteral("MOI")};
const Identity kPartner{QStringLiteral("Carlos Ruiz"), QStringLiteral("PADF")};

// The coordinator's profile while the test runs; none afterwards, as other tests expect.
struct CoordinatorProfile {
    CoordinatorProfile() { kCoordinator.save(); }
    ~CoordinatorProfile() { Identity{}.save(); }
    CoordinatorProfile(const CoordinatorProfile&) = delete;
    CoordinatorProfile& operator=(const CoordinatorProfile&) = delete;
};

// Clicks the formatting button `text` of the side that holds `edit`, as the mouse would.
void format(RichTextEdit* edit, const QString& text)
{
    auto* side = qobject_cast<TextSideEditor*>(edit->parentWidget());
    REQUIRE(side);
    auto* bar = side->findChild<QToolBar*>();
    REQUIRE(bar);
    for (QAction* a : bar->actions())
        if (a->text() == text) {
            QWidget* button = bar->widgetForAction(a);
            REQUIRE(button);
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    FAIL("no formatting button " << text.toStdString());
}

// Writes a paragraph with a bold phrase, then a bulleted item, at the end of `edit`.
void writeFormatted(RichTextEdit* edit, const QString& plain, const QString& bold, const QString& bullet)
{
    test::clickInto(edit);
    test::typeText(edit, plain + QLatin1Char(' '));
    format(edit, QStringLiteral("Bold"));
    test::typeText(edit, bold);
    format(edit, QStringLiteral("Bold"));
    QTest::keyClick(edit, Qt::Key_Return);
    format(edit, QStringLiteral("Bullets"));
    test::typeText(edit, bullet);
}

void assignTo(MainWindow& w, const QString& entity)
{
    auto* panel = w.findChild<WorkflowPanel*>();
    REQUIRE(panel);
    EntityChoiceModel* m = panel->entityModel();
    for (int i = 0; i < m->rowCount(); ++i)
        if (m->index(i).data(Qt::UserRole).toString() == entity) {
            REQUIRE(m->setData(m->index(i), Qt::Checked, Qt::CheckStateRole));
            return;
        }
    FAIL("entity not offered: " << entity.toStdString());
}

QStringList authorsOf(const QString& path, const FieldPath& field)
{
    auto doc = ReportDocument::open(path, ReportDocument::Mode::ReadOnly);
    REQUIRE(doc.ok());
    QStringList out;
    for (const HistoryEntry& e : doc.value()->history(field))
        out << e.author;
    return out;
}

// The request for `entity`, written through Review > Request Contribution From….
QString requestContribution(MainWindow& w, const QString& entity, const QString& out)
{
    bool written = false;
    test::ModalStep step(test::on<RequestDialog>([&](RequestDialog& d) {
        d.entityBox()->setCurrentIndex(d.entityBox()->findData(entity));
        d.outputEdit()->setText(out);
        written = d.createRequest();
        if (!written) d.reject();
    }));
    test::action(w, QStringLiteral("requestContributionAction"))->trigger();
    REQUIRE(step.done());
    REQUIRE(written);
    REQUIRE(QFileInfo::exists(out));
    return out;
}

// The partner's side: their own profile, the file opened from the command line's way (openFile), a
// sentence written in the part assigned to them, and a normal quit.
void writeAsPartner(const QString& file, const QString& sectionId, const QString& sentence)
{
    kPartner.save();
    MainWindow partner;
    test::showActive(&partner);
    REQUIRE(partner.openFile(file));
    partner.selectNode(NavNode{NodeKind::Section, sectionId});
    RichTextEdit* es = test::textBox(
        partner, QStringLiteral("sections/") + sectionId + QStringLiteral("/body"), Language::Es);
    REQUIRE_FALSE(es->isReadOnly());
    test::clickInto(es);
    test::typeText(es, sentence);
    test::quit(partner); // with the typing still waiting for its commit
    kCoordinator.save();
}

void mergeBack(MainWindow& w, const QString& file)
{
    test::showActive(&w); // back from the partner's window
    ContributionActions::setNextReview([](ReviewDialog&) { return true; });
    FileDialog::setNextFileName(file);
    test::action(w, QStringLiteral("mergeContributionAction"))->trigger();
}

void checkReadiness(MainWindow& w)
{
    auto* panel = w.findChild<ReadinessPanel*>();
    REQUIRE(panel);
    bool updated = false;
    QObject::connect(panel, &ReadinessPanel::updated, [&] { updated = true; });
    panel->refresh();
    REQUIRE(test::waitFor([&] { return updated; }, 60000));
    CHECK(panel->model()->rowCount() > 0);
}

QString exportPdf(MainWindow& w, const QString& pdf)
{
    bool finished = false, ok = false;
    test::ModalStep step(test::on<PdfExportDialog>([&](PdfExportDialog& d) {
        d.setOutputPath(pdf);
        QObject::connect(&d, &PdfExportDialog::exportFinished, [&](bool good, bool) {
            finished = true;
            ok = good;
        });
        MessageBox::setNextAnswer(QMessageBox::No); // "preview it now?"
        CHECK(d.start());
    }));
    test::action(w, QStringLiteral("actionExportPdf"))->trigger();
    REQUIRE(step.done());
    REQUIRE(finished);
    REQUIRE(ok);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput());
}

} // namespace

TEST_CASE(
    "Journey: a new report from the template, written, assigned, contributed, merged, checked, exported, "
    "quit",
    "[journey]")
{
    const test::LocaleGuard spanishFigures(QLocale(QLocale::Spanish, QLocale::Colombia));
    test::TempDir dir;
    const CoordinatorProfile profile;
    const QString path = dir.path(QStringLiteral("informe.cpcreport"));
    MainWindow w;
    w.resize(1366, 768);
    test::showActive(&w);

    // File > New Report, from the installed template, saved where the user says.
    FileDialog::setNextFileName(path);
    test::ModalStep wizard([](QWidget* top) {
        auto* d = qobject_cast<QDialog*>(top);
        if (!d) return false;
        if (auto* wiz = qobject_cast<QWizard*>(d)) {
            for (int i = 0; i < 10 && !wiz->button(QWizard::FinishButton)->isVisible(); ++i)
                wiz->next();
            wiz->button(QWizard::FinishButton)->click();
        } else {
            d->accept();
        }
        return true;
    });
    test::action(w, QStringLiteral("actionNew"))->trigger();
    REQUIRE(wizard.done());
    REQUIRE(w.document());
    REQUIRE(QFileInfo(w.document()->path()) == QFileInfo(path));

    // Both languages, with a bold phrase and a bulleted item, in the first objective.
    const QString section = QStringLiteral("objective-1");
    const QString body = QStringLiteral("sections/objective-1/body");
    w.selectNode(NavNode{NodeKind::Section, section});
    writeFormatted(test::textBox(w, body, Language::Es), QStringLiteral("Se capacitaron"),
                   QStringLiteral("120 funcionarios"), QStringLiteral("Bogotá y Cali"));
    writeFormatted(test::textBox(w, body, Language::En), QStringLiteral("We trained"),
                   QStringLiteral("120 officials"), QStringLiteral("Bogota and Cali"));
    test::waitForCommit();
    {
        const Report r = reportInFile(path);
        INFO(r.section(section)->body.es().toStdString());
        INFO(r.section(section)->body.en().toStdString());
        // Bold switched off at the end of a bold phrase must keep the phrase bold (it took the bold off the
        // phrase's last word: "**120** funcionarios").
        CHECK(r.section(section)->body.es().contains(QStringLiteral("**120 funcionarios**")));
        CHECK(r.section(section)->body.en().contains(QStringLiteral("**120 officials**")));
        // The first letter typed in the English box right after the Spanish one was lost ("e trained"): the
        // commit of the Spanish text refreshed the English box before its typing was recorded.
        CHECK(r.section(section)->body.en().startsWith(QStringLiteral("We trained")));
        CHECK(r.section(section)->body.es().contains(QStringLiteral("**1")));
        CHECK(r.section(section)->body.en().contains(QStringLiteral("**1")));
        CHECK(r.section(section)->body.es().contains(QStringLiteral("- Bogotá y Cali")));
        CHECK(r.section(section)->body.en().contains(QStringLiteral("- Bogota and Cali")));
    }
    // Who wrote it is in the history, by name and entity.
    CHECK(
        authorsOf(path, FieldPath::fromString(body + QStringLiteral("/es"))).contains(kCoordinator.author()));

    // An activity and an indicator the template does not have, added from the Structure toolbar; the
    // indicator's target and result typed on its page, in Spanish notation.
    StructureEditing* structure = StructureEditing::of(w);
    REQUIRE(structure);
    w.selectNode(NavNode{NodeKind::Section, section});
    NewPartDialog::setNextAnswer({BiText(QString(), QStringLiteral("Talleres con hoteles")), 0, {}, {}});
    structure->addActivityAction()->trigger();
    REQUIRE(w.currentNode().kind == NodeKind::Activity);
    const QString activity = w.currentNode().id;
    REQUIRE(reportInFile(path).activity(activity));
    CHECK(reportInFile(path).activity(activity)->title.es() == QStringLiteral("Talleres con hoteles"));
    w.selectNode(NavNode{NodeKind::IndicatorsRoot, {}});
    NewPartDialog::setNextAnswer(
        {BiText(QStringLiteral("Hotels trained"), QStringLiteral("Hoteles capacitados")), 1, {}, {}});
    structure->addIndicatorAction()->trigger();
    REQUIRE(w.currentNode().kind == NodeKind::Indicator);
    const QString indicator = w.currentNode().id;
    {
        auto* page = qobject_cast<IndicatorPage*>(w.currentPage());
        REQUIRE(page);
        const int year = reportInFile(path).info.reportingYear;
        const int row = page->yearModel()->rowOfYear(year);
        REQUIRE(page->yearModel()->setData(page->yearModel()->index(row, IndicatorYearModel::Target),
                                           QStringLiteral("40"), Qt::EditRole));
        REQUIRE(page->yearModel()->setData(page->yearModel()->index(row, IndicatorYearModel::Actual),
                                           QStringLiteral("1.250"), Qt::EditRole));
        CHECK(reportInFile(path).indicator(indicator)->actuals.value(year) == 1250);
    }

    // The section goes to PADF, which gets a contribution file.
    w.selectNode(NavNode{NodeKind::Section, section});
    assignTo(w, QStringLiteral("PADF"));
    CHECK(reportInFile(path).section(section)->assignedTo.contains(QStringLiteral("PADF")));
    const QString request =
        requestContribution(w, QStringLiteral("PADF"), dir.path(QStringLiteral("padf.cpcreport")));

    // PADF writes in its own copy, as its own person, and quits; the coordinator merges it back.
    writeAsPartner(request, section, QStringLiteral(" Aporte de PADF."));
    CHECK(reportInFile(request).section(section)->body.es().endsWith(QStringLiteral("Aporte de PADF.")));
    CHECK(
        authorsOf(request, FieldPath::fromString(body + QStringLiteral("/es"))).contains(kPartner.author()));
    mergeBack(w, request);
    CHECK(reportInFile(path).section(section)->body.es().endsWith(QStringLiteral("Aporte de PADF.")));
    // The coordinator's history names the person at PADF who wrote it, not only the entity.
    CHECK(authorsOf(path, FieldPath::fromString(body + QStringLiteral("/es"))).contains(kPartner.author()));

    checkReadiness(w);
    const QString pdf = exportPdf(w, dir.path(QStringLiteral("informe.pdf")));
    CHECK(pdf.contains(QStringLiteral("120 funcionarios")));
    CHECK(pdf.contains(QStringLiteral("Aporte de PADF.")));
    CHECK(pdf.contains(QStringLiteral("Talleres con hoteles")));
    CHECK(pdf.contains(QStringLiteral("Hoteles capacitados")));

    test::quit(w);
    CHECK(ReportDocument::lockHolder(path).isEmpty());
    CHECK(reportInFile(path).section(section)->body.en().contains(QStringLiteral("- Bogota and Cali")));
}

TEST_CASE("Journey: indicator figures typed and imported from a CSV file, exported, quit", "[journey]")
{
    const test::LocaleGuard spanishFigures(QLocale(QLocale::Spanish, QLocale::Colombia));
    test::TempDir dir;
    const CoordinatorProfile profile;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    w.resize(1366, 768);
    test::showActive(&w);
    REQUIRE(w.openFile(path));

    // A figure typed in the indicator's table, in Spanish notation.
    w.selectNode(NavNode{NodeKind::Indicator, QStringLiteral("1.1")});
    auto* page = qobject_cast<IndicatorPage*>(w.currentPage());
    REQUIRE(page);
    const QModelIndex cell =
        page->yearModel()->index(page->yearModel()->rowOfYear(2), IndicatorYearModel::Actual);
    REQUIRE(page->yearModel()->setData(cell, QStringLiteral("1.234"), Qt::EditRole));
    CHECK(reportInFile(path).indicator(QStringLiteral("1.1"))->actuals.value(2) == 1234);

    // File > Import Indicator Data… with a file written by Spanish Excel.
    const QString csv = dir.path(QStringLiteral("datos.csv"));
    test::writeFile(csv, "\xef\xbb\xbf"
                         "Indicador;A\xc3\xb1o;Meta;Logro\r\n1.1;1;400;1.250\r\n");
    test::ModalStep import(test::on<ImportIndicatorsDialog>([&](ImportIndicatorsDialog& d) {
        d.setFile(csv);
        CHECK(d.importButton()->isEnabled());
        d.importButton()->click();
        if (d.isVisible()) d.reject();
    }));
    emit w.fileMenu()->aboutToShow();
    test::action(w, QStringLiteral("actionImportIndicators"))->trigger();
    REQUIRE(import.done());
    CHECK(reportInFile(path).indicator(QStringLiteral("1.1"))->actuals.value(1) == 1250);
    CHECK(authorsOf(path, FieldPath()).contains(kCoordinator.author()));

    checkReadiness(w);
    const QString pdf = exportPdf(w, dir.path(QStringLiteral("r.pdf")));
    CHECK((pdf.contains(QStringLiteral("1,250")) || pdf.contains(QStringLiteral("1.250"))));
    test::quit(w);
    CHECK(ReportDocument::lockHolder(path).isEmpty());
}

TEST_CASE("Journey: user guide, closed, another report opened, quit", "[journey][guide]")
{
    test::TempDir dir;
    const QString first = dir.path(QStringLiteral("a.cpcreport"));
    const QString second = dir.path(QStringLiteral("b.cpcreport"));
    test::makeSampleFile(first);
    test::makeSampleFile(second);
    MainWindow w;
    test::showActive(&w);
    REQUIRE(w.openFile(first));

    test::action(w, QStringLiteral("actionGuide"))->trigger();
    auto* guide = w.findChild<UserGuideDialog*>();
    REQUIRE(guide);
    REQUIRE(guide->isVisible());
    guide->browser()->resize(500, 400); // its pictures refit
    QTest::keyClick(guide, Qt::Key_Escape);
    CHECK_FALSE(guide->isVisible());

    FileDialog::setNextFileName(second);
    test::action(w, QStringLiteral("actionOpen"))->trigger();
    REQUIRE(w.document());
    CHECK(QFileInfo(w.document()->path()) == QFileInfo(second));
    test::action(w, QStringLiteral("actionGuide"))->trigger(); // the guide again, over the other report
    CHECK(w.findChild<UserGuideDialog*>()->isVisible());
    test::quit(w);
}

TEST_CASE("Journey: quitting right after typing in a narrative box keeps the text and ends cleanly",
          "[journey]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    auto w = std::make_unique<MainWindow>();
    test::showActive(w.get());
    REQUIRE(w->openFile(path));
    w->selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-1")});
    RichTextEdit* es = test::textBox(*w, QStringLiteral("sections/objective-1/body"), Language::Es);
    test::clickInto(es);
    test::typeText(es, QStringLiteral(" Última frase."));
    test::quit(*w); // the debounce timer has not fired yet
    w.reset();
    QTest::qWait(EditSession::kDebounceMs + 100); // nothing left to fire at a dead window
    CHECK(reportInFile(path)
              .section(QStringLiteral("objective-1"))
              ->body.es()
              .endsWith(QStringLiteral("Última frase.")));
}

TEST_CASE("Listeners hear that a report closes while it and its session are still alive",
          "[journey][lifetime]")
{
    test::TempDir dir;
    const QString first = dir.path(QStringLiteral("a.cpcreport"));
    const QString second = dir.path(QStringLiteral("b.cpcreport"));
    test::makeSampleFile(first);
    test::makeSampleFile(second);
    MainWindow w;
    // What the panels do: keep the document they were given, and let go of it when told it closed.
    QPointer<ReportDocument> given;
    QPointer<EditSession> session;
    int closedAlive = 0, closedDead = 0;
    QObject::connect(&w, &MainWindow::documentChanged, &w, [&](ReportDocument* doc) {
        if (!doc) {
            (given && session ? closedAlive : closedDead)++;
            CHECK(w.document() == nullptr); // the window already shows no report
            CHECK(w.session() == nullptr);
        }
        given = doc;
        session = w.session();
    });
    REQUIRE(w.openFile(first));
    REQUIRE(w.openFile(second)); // closes the first
    w.closeDocument();
    REQUIRE(w.openFile(first));
    w.show();
    test::quit(w);
    CHECK(closedAlive == 3);
    CHECK(closedDead == 0);
}
