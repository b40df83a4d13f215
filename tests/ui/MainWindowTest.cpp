#include "window/MainWindow.h"

#include "UiTestSupport.h"
#include "common/MessageBox.h"
#include "common/UnitFormat.h"
#include "editor/BilingualEditor.h"
#include "editor/RichTextEdit.h"
#include "editor/TextSideEditor.h"
#include "indicators/IndicatorPage.h"
#include "indicators/IndicatorYearModel.h"
#include "navigator/ReportTreeModel.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/FindPanel.h"

#include <QLabel>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::reportInFile;

namespace {

const QString kSection = QStringLiteral("objective-1");

RichTextEdit* spanishBody(MainWindow& w)
{
    w.selectNode(NavNode{NodeKind::Section, kSection});
    auto* editor =
        w.currentPage()->findChild<BilingualEditor*>(QStringLiteral("bilingual:sections/objective-1/body"));
    REQUIRE(editor);
    return editor->side(Language::Es)->editor();
}

void typeAtEnd(RichTextEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, text);
}

QString bodyEs(const Report& r)
{
    return r.section(kSection)->body.es();
}

} // namespace

TEST_CASE("Typing reaches the file within a second, and undo and redo change the file", "[window][undo]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    const QString original = bodyEs(reportInFile(path));

    MainWindow w;
    REQUIRE(w.openFile(path));
    RichTextEdit* edit = spanishBody(w);
    typeAtEnd(edit, QStringLiteral(" Nueva frase."));
    // Not yet: the keystrokes wait for the pause.
    CHECK(bodyEs(reportInFile(path)) == original);
    test::waitForCommit();
    const QString typed = bodyEs(reportInFile(path));
    CHECK(typed == original + QStringLiteral(" Nueva frase."));

    // The whole run of typing is one undo step.
    REQUIRE(w.undoStack()->count() == 1);
    w.session()->undo();
    CHECK(bodyEs(reportInFile(path)) == original);
    CHECK(edit->storedText() == original);
    w.session()->redo();
    CHECK(bodyEs(reportInFile(path)) == typed);
    CHECK(edit->storedText() == typed);
}

TEST_CASE("Undo reaches back into the file's history after reopening", "[window][undo]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    const QString original = bodyEs(reportInFile(path));
    {
        MainWindow w;
        REQUIRE(w.openFile(path));
        typeAtEnd(spanishBody(w), QStringLiteral(" Uno."));
        test::waitForCommit();
        w.session()->sealTyping();
        typeAtEnd(spanishBody(w), QStringLiteral(" Dos."));
        test::waitForCommit();
        w.session()->undo(); // "Dos" undone before closing: it must stay undone after reopening
        CHECK(bodyEs(reportInFile(path)) == original + QStringLiteral(" Uno."));
    }
    MainWindow again;
    REQUIRE(again.openFile(path));
    REQUIRE(again.undoStack()->canUndo());
    again.session()->undo();
    CHECK(bodyEs(reportInFile(path)) == original);
    CHECK_FALSE(again.undoStack()->canUndo());
}

TEST_CASE("A value changed through the session seam is in the file and undoable", "[window][undo]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    const Report before = reportInFile(path);
    REQUIRE_FALSE(before.indicators.isEmpty());
    const Indicator& ind = before.indicators.constFirst();

    MainWindow w;
    REQUIRE(w.openFile(path));
    w.selectNode(NavNode{NodeKind::Indicator, ind.id});
    const FieldPath value{QStringLiteral("indicators"), ind.id, QStringLiteral("actuals"),
                          QStringLiteral("1")};
    REQUIRE(w.session()->edit({FieldChange{value, 4321, false}}, QStringLiteral("Change value")));
    CHECK(reportInFile(path).indicator(ind.id)->actuals.value(1) == std::optional<double>(4321));
    // The page on screen follows: its year table shows the new result, and the old one after undo.
    auto* page = qobject_cast<IndicatorPage*>(w.currentPage());
    REQUIRE(page);
    const auto shownActual = [&] {
        IndicatorYearModel* years = page->yearModel();
        return years->index(years->rowOfYear(1), IndicatorYearModel::Actual).data().toString();
    };
    CHECK(shownActual() == UnitFormat::format(4321, ind.unit));
    w.session()->undo();
    CHECK(reportInFile(path).indicator(ind.id)->actuals.value(1) == ind.actuals.value(1));
    REQUIRE(ind.actuals.value(1));
    CHECK(shownActual() == UnitFormat::format(*ind.actuals.value(1), ind.unit));
}

TEST_CASE("A bad change is refused with a message and leaves no undo step", "[window][undo]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    QString message;
    QObject::connect(w.session(), &EditSession::failed, [&](const QString& m) { message = m; });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const FieldPath bad{QStringLiteral("sections"), kSection, QStringLiteral("status")};
    CHECK_FALSE(
        w.session()->edit({FieldChange{bad, QStringLiteral("finished"), false}}, QStringLiteral("x")));
    CHECK_FALSE(message.isEmpty());
    CHECK(w.undoStack()->count() == 0);
    MessageBox::clearAnswers();
}

TEST_CASE("A report open elsewhere opens read-only with a banner saying who has it", "[window][lock]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    auto holder = ReportDocument::open(path, ReportDocument::Mode::ReadWrite);
    REQUIRE(holder.ok());

    MainWindow w;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(w.openFile(path));
    CHECK(MessageBox::lastText().contains(ReportDocument::lockHolder(path)));
    REQUIRE(w.document()->isReadOnly());
    auto* banner = w.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisibleTo(&w));
    CHECK(spanishBody(w)->isReadOnly());

    // Declining leaves the window as it was.
    MainWindow other;
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(other.openFile(path));
    CHECK(other.document() == nullptr);
}

TEST_CASE("The navigator shows every part with its status and translation state", "[window][navigator]")
{
    test::OpenSample sample;
    MainWindow& w = sample.window;
    ReportTreeModel* m = w.treeModel();
    const Report& r = w.document()->report();
    // Cover, the sections, indicators, glossary, entities.
    CHECK(m->rowCount() == r.sections.size() + 4);
    const QModelIndex objective = m->indexOf(NavNode{NodeKind::Section, kSection});
    REQUIRE(objective.isValid());
    CHECK(m->rowCount(objective) == r.section(kSection)->activities.size());
    CHECK(m->data(objective.siblingAtColumn(ReportTreeModel::StatusColumn)).toString() ==
          Workflow::statusName(r.section(kSection)->review.status));
    CHECK(m->data(objective, ReportTreeModel::TranslationIdRole).toString() == QStringLiteral("current"));

    // Changing the English side (the translation of a Spanish-source report stays behind) shows up.
    const FieldPath en{QStringLiteral("sections"), kSection, QStringLiteral("body"), QStringLiteral("en")};
    const FieldPath es{QStringLiteral("sections"), kSection, QStringLiteral("body"), QStringLiteral("es")};
    const Language source = r.info.sourceLanguage;
    REQUIRE(w.session()->edit(
        {FieldChange{source == Language::Es ? es : en, QStringLiteral("Texto nuevo."), false}},
        QStringLiteral("x")));
    CHECK(m->data(m->indexOf(NavNode{NodeKind::Section, kSection}), ReportTreeModel::TranslationIdRole)
              .toString() == QStringLiteral("stale"));

    // The page says so, with a way to confirm.
    w.selectNode(NavNode{NodeKind::Section, kSection});
    auto* editor =
        w.currentPage()->findChild<BilingualEditor*>(QStringLiteral("bilingual:sections/objective-1/body"));
    REQUIRE(editor);
    const QString sentence = BilingualEditor::stateSentence(
        *w.document(), FieldPath{QStringLiteral("sections"), kSection, QStringLiteral("body")},
        w.document()->report().section(kSection)->body, otherLanguage(source));
    CHECK(sentence.startsWith(QStringLiteral("Stale: the ")));
    CHECK(sentence.contains(QStringLiteral("changed on")));
    REQUIRE(w.session()->confirm(source == Language::Es ? en : es));
    CHECK(m->data(m->indexOf(NavNode{NodeKind::Section, kSection}), ReportTreeModel::TranslationIdRole)
              .toString() == QStringLiteral("current"));
}

TEST_CASE("Find searches both languages and shows the text found", "[window][find]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    w.show();
    w.showFind();
    w.findPanel()->search(QStringLiteral("mendicidad"));
    CHECK(w.findPanel()->resultCount() > 0);
    const int spanish = w.findPanel()->resultCount();
    w.findPanel()->search(QStringLiteral("begging"));
    CHECK(w.findPanel()->resultCount() > 0);
    CHECK(spanish > 0);
}
