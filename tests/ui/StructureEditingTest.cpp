#include "structure/StructureEditing.h"

#include "Screenshot.h"
#include "UiTestSupport.h"
#include "common/EntityLabel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "navigator/ReportTreeModel.h"
#include "start/NewReportWizard.h"
#include "structure/NewPartDialog.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/FirstRunLayout.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::activityIds;
using cpc::test::indicatorIds;
using cpc::test::reportInFile;

namespace {

int runCli(const QStringList& args, QByteArray* out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(CPC_TEST_BINARY), args);
    p.waitForFinished(120000);
    if (out) *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// The report as `cpcreport export-json` writes it, without what is legitimately different between two
// files made the same way at different moments.
QJsonObject exported(const QString& path)
{
    QByteArray json;
    REQUIRE(runCli({QStringLiteral("export-json"), path}, &json) == 0);
    QJsonObject o = QJsonDocument::fromJson(json).object();
    REQUIRE_FALSE(o.isEmpty());
    return o;
}

} // namespace

TEST_CASE("A report made with New Report is, field for field, the one `cpcreport new` makes",
          "[structure][new]")
{
    test::TempDir dir;
    const QString viaWindow = dir.path(QStringLiteral("window.cpcreport"));
    const QString viaCli = dir.path(QStringLiteral("cli.cpcreport"));

    NewReportWizard wizard;
    REQUIRE(wizard.setTemplateId(QStringLiteral("colombia-cpc")));
    wizard.setReportingYear(2);
    FileDialog::setNextFileName(viaWindow);
    auto created = wizard.createReport();
    REQUIRE(created.ok());
    REQUIRE(created.value());
    created.value().reset();
    REQUIRE(runCli({QStringLiteral("new"), viaCli, QStringLiteral("--template"),
                    QStringLiteral("colombia-cpc"), QStringLiteral("--year"), QStringLiteral("2")}) == 0);

    const QJsonObject a = exported(viaWindow), b = exported(viaCli);
    CHECK(a == b);
    // Not an empty shell: the template's glossary, indicators and entities are there (the window's own
    // builder left them out), and the title is the template's for year 2.
    const Report r = reportInFile(viaWindow);
    CHECK_FALSE(r.glossary.isEmpty());
    CHECK_FALSE(r.entities.isEmpty());
    CHECK(r.info.templateId == QStringLiteral("colombia-cpc"));
    CHECK(r.info.reportingYear == 2);
    CHECK(r.info.title == reportInFile(viaCli).info.title);

    SECTION("carried forward: the window and the command line make the same year 3")
    {
        const QString nextWindow = dir.path(QStringLiteral("next-window.cpcreport"));
        const QString nextCli = dir.path(QStringLiteral("next-cli.cpcreport"));
        NewReportWizard next;
        next.setLastYearFile(viaWindow);
        FileDialog::setNextFileName(nextWindow);
        auto made = next.createReport();
        REQUIRE(made.ok());
        REQUIRE(made.value());
        made.value().reset();
        REQUIRE(runCli({QStringLiteral("new"), nextCli, QStringLiteral("--carry-forward"), viaWindow}) == 0);
        CHECK(exported(nextWindow) == exported(nextCli));
        CHECK(reportInFile(nextWindow).info.reportingYear == 3);
    }
}

TEST_CASE("Activities are added, moved and removed from the navigator, each an undoable step", "[structure]")
{
    test::OpenSample s;
    s.window.resize(1366, 768);
    StructureEditing* edit = StructureEditing::of(s.window);
    REQUIRE(edit);
    const QStringList before = activityIds(reportInFile(s.path), QStringLiteral("objective-1"));
    REQUIRE(before.size() >= 2);

    s.window.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-1")});
    REQUIRE(edit->addActivityAction()->isEnabled());
    NewPartDialog::setNextAnswer({BiText(QString(), QStringLiteral("Talleres con hoteles")), 0, {}, {}});
    edit->addActivityAction()->trigger();

    Report r = reportInFile(s.path);
    QStringList ids = activityIds(r, QStringLiteral("objective-1"));
    REQUIRE(ids.size() == before.size() + 1);
    const QString added = ids.last();
    CHECK(added.startsWith(QStringLiteral("1.")));
    CHECK(r.activity(added)->title.es() == QStringLiteral("Talleres con hoteles"));
    // The new activity's page is open, so the coordinator goes on writing it.
    CHECK(s.window.currentNode() == NavNode{NodeKind::Activity, added});
    test::saveScreenshot(&s.window, QStringLiteral("activity-added"));

    // Up one place, in the file; then undo puts it back last.
    REQUIRE(edit->moveUpAction()->isEnabled());
    CHECK_FALSE(edit->moveDownAction()->isEnabled());
    edit->moveUpAction()->trigger();
    ids = activityIds(reportInFile(s.path), QStringLiteral("objective-1"));
    CHECK(ids.at(ids.size() - 2) == added);
    s.window.undoStack()->undo();
    CHECK(activityIds(reportInFile(s.path), QStringLiteral("objective-1")).last() == added);

    SECTION("removing asks first, and undo brings it back in its place")
    {
        const QString first = before.first();
        s.window.selectNode(NavNode{NodeKind::Activity, first});
        MessageBox::setNextAnswer(QMessageBox::No);
        edit->removeAction()->trigger();
        CHECK(reportInFile(s.path).activity(first) != nullptr);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        edit->removeAction()->trigger();
        CHECK(reportInFile(s.path).activity(first) == nullptr);
        s.window.undoStack()->undo();
        const Report back = reportInFile(s.path);
        REQUIRE(back.activity(first) != nullptr);
        CHECK(activityIds(back, QStringLiteral("objective-1")).first() == first);
        CHECK(back.activity(first)->body.es() == test::sampleReport().activity(first)->body.es());
    }
    SECTION("undo of the addition removes it, redo adds it again")
    {
        s.window.undoStack()->undo();
        CHECK(reportInFile(s.path).activity(added) == nullptr);
        s.window.undoStack()->redo();
        CHECK(reportInFile(s.path).activity(added) != nullptr);
    }
    SECTION("an approved objective refuses, saying why in Spanish")
    {
        test::SpanishInterface spanish;
        REQUIRE(s.window.session()->edit(
            {FieldChange{FieldPath::fromString(QStringLiteral("sections/objective-1/status")),
                         QStringLiteral("approved")}},
            QStringLiteral("approve")));
        s.window.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-1")});
        MessageBox::setNextAnswer(QMessageBox::Ok); // the refusal is said in a box
        edit->addActivityAction()->trigger();
        CHECK(activityIds(reportInFile(s.path), QStringLiteral("objective-1")).size() == before.size() + 1);
        CHECK(MessageBox::lastText().contains(QStringLiteral("aprobad")));
        CHECK_FALSE(MessageBox::lastText().contains(QStringLiteral("sections/")));
    }
}

TEST_CASE(
    "Indicators are added under their objective, moved and removed, and undo restores breakdowns in order",
    "[structure]")
{
    test::OpenSample s;
    StructureEditing* edit = StructureEditing::of(s.window);
    REQUIRE(edit);
    s.window.selectNode(NavNode{NodeKind::IndicatorsRoot, {}});
    REQUIRE(edit->addIndicatorAction()->isEnabled());
    NewPartDialog::setNextAnswer(
        {BiText(QStringLiteral("Hotels trained"), QStringLiteral("Hoteles capacitados")), 1, {}, {}});
    edit->addIndicatorAction()->trigger();

    Report r = reportInFile(s.path);
    const QStringList ids = indicatorIds(r);
    QString added;
    for (const Indicator& i : r.indicators)
        if (i.name.es() == QStringLiteral("Hoteles capacitados")) added = i.id;
    REQUIRE_FALSE(added.isEmpty());
    CHECK(added.startsWith(QStringLiteral("1.")));
    CHECK(r.indicator(added)->objective == 1);
    CHECK(r.indicator(added)->name.en() == QStringLiteral("Hotels trained"));
    // Listed with objective 1's indicators, before those of objective 2.
    const qsizetype at = ids.indexOf(added);
    for (qsizetype i = at + 1; i < ids.size(); ++i)
        CHECK(r.indicators[i].objective >= 1);
    for (qsizetype i = 0; i < at; ++i)
        CHECK(r.indicators[i].objective <= 1);
    CHECK(s.window.currentNode() == NavNode{NodeKind::Indicator, added});

    // An indicator with a breakdown: removed, then undone, comes back whole, in its place and order.
    QString withBreakdown;
    for (const Indicator& i : r.indicators)
        for (const auto& dims : i.disaggregation)
            for (const Disaggregation& d : dims)
                if (d.categories.size() >= 2 && withBreakdown.isEmpty()) withBreakdown = i.id;
    REQUIRE_FALSE(withBreakdown.isEmpty());
    const Indicator original = *r.indicator(withBreakdown);
    s.window.selectNode(NavNode{NodeKind::Indicator, withBreakdown});
    MessageBox::setNextAnswer(QMessageBox::Yes);
    edit->removeAction()->trigger();
    CHECK(reportInFile(s.path).indicator(withBreakdown) == nullptr);
    s.window.undoStack()->undo();
    const Report back = reportInFile(s.path);
    REQUIRE(back.indicator(withBreakdown) != nullptr);
    CHECK(back.indicator(withBreakdown)->disaggregation == original.disaggregation);
    CHECK(back.indicator(withBreakdown)->actuals == original.actuals);
    CHECK(indicatorIds(back) == ids);
}

namespace {

void addActivityPicture(const QString& language, const QString& title)
{
    test::OpenSample s;
    // Arranged as on a 1366x768 laptop the first time, as the user sees it.
    FirstRunLayout::size(s.window, QSize(1366, 768));
    s.window.show();
    QTest::qWait(50);
    FirstRunLayout::arrange(s.window);
    s.window.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-2")});
    NewPartDialog::setNextAnswer({BiText(QString(), title), 0, {}, {}});
    StructureEditing::of(s.window)->addActivityAction()->trigger();
    QTest::qWait(300);
    REQUIRE(s.window.currentNode().kind == NodeKind::Activity);
    // The new activity is in the navigator, under its objective, with the title as given.
    ReportTreeModel* m = s.window.treeModel();
    const QModelIndex row = m->indexOf(s.window.currentNode());
    REQUIRE(row.isValid());
    CHECK(m->data(row).toString().endsWith(title));
    CHECK(m->node(row.parent()) == NavNode{NodeKind::Section, QStringLiteral("objective-2")});
    test::saveScreenshot(&s.window, language + QStringLiteral("-add-activity"));
}

} // namespace

TEST_CASE("The guide's picture of adding an activity, in English and in Spanish", "[structure][guide]")
{
    addActivityPicture(QStringLiteral("en"), QStringLiteral("Talleres con operadores turísticos"));
    const test::SpanishInterface spanish;
    addActivityPicture(QStringLiteral("es"), QStringLiteral("Talleres con operadores turísticos"));
}

TEST_CASE("Glossary terms and entities are removed from their pages, each an undoable step",
          "[structure][remove]")
{
    const test::SpanishInterface spanish;
    test::OpenSample s;
    s.window.resize(1366, 768);
    s.window.show();

    s.window.selectNode(NavNode{NodeKind::Glossary, {}});
    const QString term = reportInFile(s.path).glossary.first().term.en();
    auto buttons = s.window.currentPage()->findChildren<QToolButton*>(QStringLiteral("removeEntryButton"));
    REQUIRE(buttons.size() == reportInFile(s.path).glossary.size());
    CHECK(buttons.first()->text() == QStringLiteral("Quitar término…"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    buttons.first()->click();
    CHECK(reportInFile(s.path).glossaryIndex(term) < 0);
    s.window.undoStack()->undo();
    CHECK(reportInFile(s.path).glossaryIndex(term) >= 0);

    // An entity still named by an indicator is refused in words, naming the indicator; the report keeps it.
    const Report r = reportInFile(s.path);
    const auto [named, indicator] = test::entityOfAnIndicator(r);
    REQUIRE_FALSE(named.isEmpty());
    s.window.selectNode(NavNode{NodeKind::Entities, {}});
    QToolButton* removeNamed = nullptr;
    for (QToolButton* b :
         s.window.currentPage()->findChildren<QToolButton*>(QStringLiteral("removeEntryButton")))
        if (b->accessibleName().contains(EntityLabel::of(r, named))) removeNamed = b;
    REQUIRE(removeNamed);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    removeNamed->click();
    CHECK(reportInFile(s.path).entity(named) != nullptr);
    CHECK(MessageBox::lastText().contains(QStringLiteral("indicador %1").arg(indicator)));
    // The page shows entities by name, not by id.
    bool codeAlone = false;
    for (QLabel* l : s.window.currentPage()->findChildren<QLabel*>())
        codeAlone = codeAlone || l->text() == named;
    CHECK_FALSE(codeAlone);
}
