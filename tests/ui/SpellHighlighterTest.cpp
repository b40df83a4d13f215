#include "spelling/SpellHighlighter.h"

#include "UiTestSupport.h"
#include "checks/CheckEngine.h"
#include "editor/BilingualEditor.h"
#include "editor/RichTextEdit.h"
#include "editor/TextSideEditor.h"
#include "spelling/ReportSpelling.h"
#include "support/TestSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

RichTextEdit* body(MainWindow& w, const QString& section, Language l)
{
    // Selecting the page again may rebuild it; the other side's editor must stay the one on screen.
    const QString name = QStringLiteral("bilingual:sections/%1/body").arg(section);
    if (!w.currentPage() || !w.currentPage()->findChild<BilingualEditor*>(name))
        w.selectNode(NavNode{NodeKind::Section, section});
    auto* editor = w.currentPage()->findChild<BilingualEditor*>(name);
    REQUIRE(editor);
    return editor->side(l)->editor();
}

void waitForDictionaries(MainWindow& w)
{
    auto* spelling = w.findChild<ReportSpelling*>();
    REQUIRE(spelling);
    // Hunspell reads its dictionaries on a background thread; seconds on a busy machine.
    for (int i = 0; i < 600 && !spelling->isReady(); ++i)
        QTest::qWait(100);
    REQUIRE(spelling->isReady());
    QCoreApplication::processEvents(); // the highlighters underline again
}

// Whether the characters [start, start + length) of `edit`'s document carry the spelling underline.
bool underlined(RichTextEdit* edit, int start, int length)
{
    const QTextBlock block = edit->document()->findBlock(start);
    const int from = start - block.position();
    for (const QTextLayout::FormatRange& r : block.layout()->formats())
        if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && r.start <= from &&
            r.start + r.length >= from + length)
            return true;
    return false;
}

int find(RichTextEdit* edit, const QString& word)
{
    const QTextCursor c = edit->document()->find(word);
    REQUIRE_FALSE(c.isNull());
    return c.selectionStart();
}

} // namespace

TEST_CASE("Misspelled words are underlined in the language of their side", "[window][spelling]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    waitForDictionaries(w);
    RichTextEdit* en = body(w, QStringLiteral("objective-1"), Language::En);
    RichTextEdit* es = body(w, QStringLiteral("objective-1"), Language::Es);
    REQUIRE(SpellHighlighter::of(en));
    CHECK(SpellHighlighter::of(en)->language() == Language::En);
    en->setFocus();
    en->moveCursor(QTextCursor::End);
    QTest::keyClicks(en, QStringLiteral(" We recieve reports."));
    es->moveCursor(QTextCursor::End);
    // QTest::keyClicks takes ASCII only; "ñ" is typed as the key event a Spanish keyboard sends.
    QTest::keyClicks(es, QStringLiteral(" Recibimos informes sobre la ni"));
    QTest::sendKeyEvent(QTest::Click, es, Qt::Key_Ntilde, QStringLiteral("ñ"), Qt::NoModifier);
    QTest::keyClicks(es, QStringLiteral("ez."));
    QCoreApplication::processEvents();

    CHECK(underlined(en, find(en, QStringLiteral("recieve")), 7));
    CHECK_FALSE(underlined(en, find(en, QStringLiteral("reports")), 7));
    CHECK_FALSE(underlined(es, find(es, QStringLiteral("Recibimos")), 9));
    CHECK_FALSE(underlined(es, find(es, QStringLiteral("niñez")), 5));
    // Underlining is not an edit: underlining everything again adds no undo step and changes no file.
    test::waitForCommit();
    const int steps = w.undoStack()->count();
    SpellHighlighter::of(en)->rehighlight();
    SpellHighlighter::of(es)->rehighlight();
    test::waitForCommit();
    CHECK(w.undoStack()->count() == steps);
    w.resize(1300, 850);
    en->setFocus();
    w.grab().save(QStringLiteral("/tmp/helpers/shots-uicheck/spelling-underline.png"));
}

TEST_CASE("Right-click offers suggestions and adding the word to the report's dictionary",
          "[window][spelling]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    test::makeSampleFile(path);
    MainWindow w;
    REQUIRE(w.openFile(path));
    waitForDictionaries(w);
    RichTextEdit* en = body(w, QStringLiteral("objective-1"), Language::En);
    en->setFocus();
    en->moveCursor(QTextCursor::End);
    QTest::keyClicks(en, QStringLiteral(" We recieve Zorblaxian reports."));
    QCoreApplication::processEvents();

    SpellHighlighter* h = SpellHighlighter::of(en);
    REQUIRE(h);
    // A correct word offers nothing.
    QObject owner;
    CHECK(h->actionsAt(find(en, QStringLiteral("reports")) + 2, &owner).isEmpty());

    const QList<QAction*> actions = h->actionsAt(find(en, QStringLiteral("recieve")) + 2, &owner);
    QAction* receive = nullptr;
    for (QAction* a : actions)
        if (a->text() == QStringLiteral("receive")) receive = a;
    REQUIRE(receive);
    CHECK(actions.last()->objectName() == QStringLiteral("addToDictionary"));
    receive->trigger();
    CHECK(en->toPlainText().contains(QStringLiteral("We receive Zorblaxian reports.")));

    const int zorblax = find(en, QStringLiteral("Zorblaxian"));
    CHECK(underlined(en, zorblax, 10));
    const QList<QAction*> add = h->actionsAt(zorblax + 1, &owner);
    REQUIRE_FALSE(add.isEmpty());
    CHECK(add.last()->text() == QStringLiteral("Add “Zorblaxian” to the report's dictionary"));
    add.last()->trigger();
    QCoreApplication::processEvents();
    CHECK_FALSE(underlined(en, find(en, QStringLiteral("Zorblaxian")), 10));

    // The word is in the file, where `cpcreport check` reads it too.
    test::waitForCommit();
    auto doc = ReportDocument::open(path, ReportDocument::Mode::ReadOnly);
    REQUIRE(doc.ok());
    CHECK(doc.value()
              ->setting(CheckEngine::dictionaryKey())
              .split(u'\n')
              .contains(QStringLiteral("Zorblaxian")));
    CHECK(doc.value()
              ->report()
              .section(QStringLiteral("objective-1"))
              ->body.en()
              .contains(QStringLiteral("We receive Zorblaxian")));
}
