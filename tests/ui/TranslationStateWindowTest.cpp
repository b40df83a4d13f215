// The translation-state rules (docs/translation-state.md) as a coordinator meets them in the window, and
// formatting that survives the typing commits.
#include "UiTestSupport.h"
#include "edit/TextChange.h"
#include "editor/BilingualEditor.h"
#include "editor/RichTextEdit.h"
#include "editor/TextSideEditor.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace cpc;

namespace {

const FieldPath kBody = FieldPath::fromString(QStringLiteral("sections/objective-1/body"));

BilingualEditor* bodyEditor(MainWindow& w)
{
    w.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-1")});
    auto* editor =
        w.currentPage()->findChild<BilingualEditor*>(QStringLiteral("bilingual:sections/objective-1/body"));
    REQUIRE(editor);
    return editor;
}

void typeAtEnd(RichTextEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, text);
}

TranslationState stateIn(const QString& path, Language l)
{
    const Report r = test::reportInFile(path);
    return TextChange::find(r, kBody)->state(l);
}

// What the side's state line says, as the user reads it.
QString stateLine(BilingualEditor* e, Language l)
{
    QString all;
    for (QLabel* label : e->side(l)->findChildren<QLabel*>())
        all += label->text() + QLatin1Char('\n');
    return all;
}

} // namespace

TEST_CASE("Writing a translation in several sittings never makes the Spanish source stale", "[window][state]")
{
    test::OpenSample s; // the sample's source language is Spanish
    BilingualEditor* e = bodyEditor(s.window);
    // Start from a Spanish text with no English, as a coordinator who has not translated yet.
    REQUIRE(s.window.session()->edit({FieldChange{kBody.child(QStringLiteral("en")), QString(), false}},
                                     QStringLiteral("clear")));
    RichTextEdit* en = e->side(Language::En)->editor();
    for (const QString& sitting :
         {QStringLiteral("The first"), QStringLiteral(" part."), QStringLiteral(" And more.")}) {
        typeAtEnd(en, sitting);
        test::waitForCommit();
        s.window.session()->sealTyping(); // the next sitting
        CHECK(stateIn(s.path, Language::Es) == TranslationState::Current);
        CHECK(stateIn(s.path, Language::En) == TranslationState::Current);
    }
    CHECK_FALSE(stateLine(e, Language::Es).contains(QStringLiteral("Stale")));
    // Undo across the sittings: the words come back, the Spanish is never stale on the way.
    while (s.window.undoStack()->index() > 1) {
        s.window.session()->undo();
        CHECK(stateIn(s.path, Language::Es) == TranslationState::Current);
    }
}

TEST_CASE("One more Spanish bullet makes the English stale, and undoing it makes it current again",
          "[window][state]")
{
    test::OpenSample s;
    BilingualEditor* e = bodyEditor(s.window);
    REQUIRE(stateIn(s.path, Language::En) == TranslationState::Current);
    RichTextEdit* es = e->side(Language::Es)->editor();
    typeAtEnd(es, QString());
    QTest::keyClick(es, Qt::Key_Return);
    QTest::keyClicks(es, QStringLiteral("Una linea mas"));
    test::waitForCommit();
    CHECK(stateIn(s.path, Language::En) == TranslationState::Stale);
    CHECK(stateLine(e, Language::En).contains(QStringLiteral("Stale")));

    s.window.session()->undo();
    CHECK(stateIn(s.path, Language::En) == TranslationState::Current);
    CHECK(stateLine(e, Language::En).contains(QStringLiteral("Current")));
    s.window.session()->redo();
    CHECK(stateIn(s.path, Language::En) == TranslationState::Stale);
    s.window.session()->undo();
    CHECK(stateIn(s.path, Language::En) == TranslationState::Current);
}

TEST_CASE("Confirming and then catching up: undo restores each step's state", "[window][state]")
{
    test::OpenSample s;
    BilingualEditor* e = bodyEditor(s.window);
    typeAtEnd(e->side(Language::Es)->editor(), QStringLiteral(" Cambio."));
    test::waitForCommit();
    REQUIRE(stateIn(s.path, Language::En) == TranslationState::Stale);
    typeAtEnd(e->side(Language::En)->editor(), QStringLiteral(" Change."));
    test::waitForCommit();
    CHECK(stateIn(s.path, Language::En) == TranslationState::Current);
    s.window.session()->undo(); // the catch-up taken back: stale again
    CHECK(stateIn(s.path, Language::En) == TranslationState::Stale);
    REQUIRE(s.window.session()->confirm(kBody.child(QStringLiteral("en"))));
    CHECK(stateIn(s.path, Language::En) == TranslationState::Current);
    CHECK(stateLine(e, Language::En).contains(QStringLiteral("Current")));
}

TEST_CASE("Bold stays on while typing across the commits", "[window][editor]")
{
    test::OpenSample s;
    BilingualEditor* e = bodyEditor(s.window);
    RichTextEdit* es = e->side(Language::Es)->editor();
    typeAtEnd(es, QStringLiteral(" "));
    es->toggleBold();
    REQUIRE(es->isBold());
    for (const QString& word : {QStringLiteral("uno"), QStringLiteral(" dos"), QStringLiteral(" tres")}) {
        QTest::keyClicks(es, word);
        test::waitForCommit(); // the 300 ms commit, as a slow typist (250 ms a key) meets it
        CHECK(es->isBold());
    }
    const QString stored = test::reportInFile(s.path).section(QStringLiteral("objective-1"))->body.es();
    CHECK(stored.endsWith(QStringLiteral("**uno dos tres**")));
}

TEST_CASE("Bold from the toolbar stays on for a slow typist in a shown window", "[window][editor]")
{
    test::OpenSample s;
    s.window.resize(1366, 768);
    s.window.show();
    BilingualEditor* e = bodyEditor(s.window);
    QCoreApplication::processEvents();
    RichTextEdit* es = e->side(Language::Es)->editor();
    typeAtEnd(es, QStringLiteral(" "));
    auto* bar = e->side(Language::Es)->findChild<QToolBar*>();
    REQUIRE(bar);
    QTest::mouseClick(bar->widgetForAction(bar->actions().at(0)), Qt::LeftButton);
    REQUIRE(es->isBold());
    QTest::keyClicks(es, QStringLiteral("uno dos"), Qt::NoModifier, 250);
    test::waitForCommit();
    QTest::keyClicks(es, QStringLiteral(" tres"), Qt::NoModifier, 350);
    test::waitForCommit();
    CHECK(es->isBold());
    const QString stored = test::reportInFile(s.path).section(QStringLiteral("objective-1"))->body.es();
    CHECK(stored.endsWith(QStringLiteral("**uno dos tres**")));
}

TEST_CASE("Bold stays on in a new, empty text", "[window][editor]")
{
    test::OpenSample s;
    s.window.resize(1366, 768);
    s.window.show();
    BilingualEditor* e = bodyEditor(s.window);
    REQUIRE(s.window.session()->edit({FieldChange{kBody.child(QStringLiteral("es")), QString(), false},
                                      FieldChange{kBody.child(QStringLiteral("en")), QString(), false}},
                                     QStringLiteral("clear")));
    QCoreApplication::processEvents();
    RichTextEdit* es = e->side(Language::Es)->editor();
    es->setFocus();
    auto* bar = e->side(Language::Es)->findChild<QToolBar*>();
    QTest::mouseClick(bar->widgetForAction(bar->actions().at(0)), Qt::LeftButton);
    REQUIRE(es->isBold());
    QTest::keyClicks(es, QStringLiteral("uno"), Qt::NoModifier, 250);
    test::waitForCommit();
    CHECK(es->isBold());
    QTest::keyClicks(es, QStringLiteral(" dos"), Qt::NoModifier, 350);
    test::waitForCommit();
    CHECK(es->isBold());
    const QString stored = test::reportInFile(s.path).section(QStringLiteral("objective-1"))->body.es();
    CHECK(stored == QStringLiteral("**uno dos**"));
}

TEST_CASE("Bold by Ctrl+B stays on across commits", "[window][editor]")
{
    test::OpenSample s;
    s.window.resize(1366, 768);
    s.window.show();
    QApplication::setActiveWindow(&s.window);
    BilingualEditor* e = bodyEditor(s.window);
    QCoreApplication::processEvents();
    RichTextEdit* es = e->side(Language::Es)->editor();
    typeAtEnd(es, QStringLiteral(" "));
    QTest::keyClick(es, Qt::Key_B, Qt::ControlModifier);
    REQUIRE(es->isBold());
    QTest::keyClicks(es, QStringLiteral("uno"), Qt::NoModifier, 250);
    test::waitForCommit();
    QTest::keyClick(es, Qt::Key_Space);
    test::waitForCommit();
    QTest::keyClicks(es, QStringLiteral("dos"), Qt::NoModifier, 250);
    test::waitForCommit();
    CHECK(es->isBold());
    const QString stored = test::reportInFile(s.path).section(QStringLiteral("objective-1"))->body.es();
    CHECK(stored.endsWith(QStringLiteral("**uno dos**")));
}
