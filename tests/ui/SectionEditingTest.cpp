// Sections a template marks optional: the coordinator removes one from the navigator and adds it back
// from Edit > Add Section, each an undoable step; required sections offer no removal.
#include "UiTestSupport.h"
#include "common/MessageBox.h"
#include "structure/NewPartDialog.h"
#include "structure/StructureEditing.h"
#include "template/SkeletonBuilder.h"
#include "template/TemplateReader.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::sectionIds;

TEST_CASE("A section the template makes optional is removed and added back from the window",
          "[structure][sections]")
{
    const test::SpanishInterface spanish;
    const QByteArray json = test::templateWithOptionalSections();
    auto t = TemplateReader::read(json);
    REQUIRE(t.ok());
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("opcional.cpcreport"));
    REQUIRE(ReportDocument::create(path, SkeletonBuilder::build(t.value(), 2), json).ok());
    MainWindow window;
    REQUIRE(window.openFile(path));
    StructureEditing* editing = StructureEditing::of(window);
    REQUIRE(editing);
    const QStringList full = sectionIds(window.document()->report());

    // Nothing to add while the report has every section; a required section cannot be removed.
    CHECK_FALSE(editing->addSectionMenu()->isEnabled());
    window.selectNode(NavNode{NodeKind::Section, QStringLiteral("recommendations")});
    CHECK_FALSE(editing->removeAction()->isEnabled());

    window.selectNode(NavNode{NodeKind::Section, QStringLiteral("sustainability")});
    REQUIRE(editing->removeAction()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    editing->removeAction()->trigger();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Sostenibilidad")));
    CHECK_FALSE(test::reportInFile(path).section(QStringLiteral("sustainability")));

    // Offered again, by its title, in Edit > Add Section.
    REQUIRE(editing->addSectionMenu()->isEnabled());
    const QList<QAction*> offered = editing->addSectionMenu()->actions();
    REQUIRE(offered.size() == 1);
    CHECK(offered.first()->text() == QStringLiteral("Sostenibilidad"));

    // Undo brings it back in its place; redo removes it again.
    window.undoStack()->undo();
    CHECK(sectionIds(test::reportInFile(path)) == full);
    CHECK_FALSE(editing->addSectionMenu()->isEnabled());
    window.undoStack()->redo();
    CHECK_FALSE(test::reportInFile(path).section(QStringLiteral("sustainability")));

    editing->addSectionMenu()->actions().first()->trigger();
    CHECK(sectionIds(test::reportInFile(path)) == full);
    CHECK(window.currentNode().id == QStringLiteral("sustainability"));
    window.undoStack()->undo();
    CHECK_FALSE(test::reportInFile(path).section(QStringLiteral("sustainability")));
}

TEST_CASE("The shipped template's sections are all required, so the window offers none to remove",
          "[structure][sections]")
{
    test::OpenSample s;
    StructureEditing* editing = StructureEditing::of(s.window);
    REQUIRE(editing);
    for (const Section& sec : s.window.document()->report().sections) {
        s.window.selectNode(NavNode{NodeKind::Section, sec.id});
        INFO(sec.id.toStdString());
        CHECK_FALSE(editing->removeAction()->isEnabled());
    }
}

TEST_CASE("Undo takes back an indicator added in the middle of the list, and its place",
          "[structure][sections]")
{
    test::OpenSample s;
    const QStringList before = test::indicatorIds(s.window.document()->report());
    s.window.selectNode(NavNode{NodeKind::IndicatorObjective, QStringLiteral("1")});
    NewPartDialog::setNextAnswer(
        {BiText(QStringLiteral("Workshops"), QStringLiteral("Talleres")), 1, {}, {}});
    StructureEditing::of(s.window)->addIndicatorAction()->trigger();
    const QStringList added = test::indicatorIds(test::reportInFile(s.path));
    REQUIRE(added.size() == before.size() + 1);
    REQUIRE(added.indexOf(QStringLiteral("1.2")) ==
            before.indexOf(QStringLiteral("1.1")) + 1); // not at the end
    s.window.undoStack()->undo();
    CHECK(test::indicatorIds(test::reportInFile(s.path)) == before);
}
