// What the user reads in Find, History, the editors and the entity lists: no paths, codes or Markdown.
#include "UiTestSupport.h"
#include "common/EntityLabel.h"
#include "editor/BilingualEditor.h"
#include "editor/TextSideEditor.h"
#include "editor/WordDiff.h"
#include "history/HistoryModel.h"
#include "history/HistoryPanel.h"
#include "undo/EditSession.h"
#include "window/FindPanel.h"
#include "window/MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

using namespace cpc;

TEST_CASE("Find names each place by its part's title and the language in words", "[plain]")
{
    test::OpenSample s;
    s.window.findPanel()->search(QStringLiteral("mendicidad"));
    auto* list = s.window.findPanel()->findChild<QListWidget*>();
    REQUIRE(list);
    REQUIRE(list->count() > 0);
    for (int i = 0; i < list->count(); ++i) {
        const QString shown = list->item(i)->text();
        INFO(shown.toStdString());
        CHECK_FALSE(shown.contains(QStringLiteral("sections/")));
        CHECK_FALSE(shown.contains(QStringLiteral("activities/")));
        CHECK_FALSE(shown.contains(QStringLiteral("/body")));
        CHECK(shown.contains(QStringLiteral("Spanish")));
    }
    s.window.findPanel()->search(QStringLiteral("Pan American"));
    REQUIRE(list->count() > 0);
    CHECK(list->item(0)->text().contains(QStringLiteral("PADF – Pan American Development Foundation")));
}

TEST_CASE("Entities are named with acronym and name, in the interface language", "[plain]")
{
    const Report r = test::sampleReport();
    CHECK(EntityLabel::of(r, QStringLiteral("PADF")) ==
          QStringLiteral("PADF – Pan American Development Foundation"));
    CHECK(EntityLabel::of(r, QStringLiteral("MOI")) == QStringLiteral("MOI – Ministry of the Interior"));
    test::SpanishInterface spanish;
    // "Fundación Panamericana para el Desarrollo (FUPAD)" is not said twice.
    CHECK(EntityLabel::of(r, QStringLiteral("PADF")) ==
          QStringLiteral("FUPAD – Fundación Panamericana para el Desarrollo"));
    CHECK(EntityLabel::of(r, QStringLiteral("MOI")) ==
          QStringLiteral("MinInterior – Ministerio del Interior"));
}

TEST_CASE("Changes of a formatted text are shown formatted, with the changed words marked", "[plain]")
{
    const QString html =
        WordDiff::formattedHtml(QStringLiteral("Se hicieron **talleres**.\n\n- uno"),
                                QStringLiteral("Se hicieron **muchos talleres**.\n\n- uno\n- dos"));
    QTextDocument shown;
    shown.setHtml(html);
    const QString words = shown.toPlainText();
    CHECK_FALSE(words.contains(QStringLiteral("**")));
    CHECK_FALSE(words.contains(QStringLiteral("- ")));
    CHECK(words.contains(QStringLiteral("muchos")));
    CHECK(words.contains(QStringLiteral("dos")));
    CHECK(html.contains(QStringLiteral("<li>")));
    CHECK(html.contains(QStringLiteral("<b>")));
    CHECK(html.contains(QStringLiteral("<u style")));

    // In the History panel, for a narrative.
    test::OpenSample s;
    const FieldPath body = FieldPath::fromString(QStringLiteral("sections/objective-4/body/es"));
    REQUIRE(s.window.session()->edit(
        {FieldChange{body, QStringLiteral("Una **red** activa.\n\n- Bogotá"), false}},
        QStringLiteral("edit")));
    s.window.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-4")});
    auto* panel = s.window.findChild<HistoryPanel*>();
    REQUIRE(panel);
    REQUIRE(panel->showField(body));
    CHECK_FALSE(
        panel->model()->index(0, HistoryModel::ToColumn).data().toString().contains(QStringLiteral("**")));
    panel->table()->selectRow(0);
    CHECK_FALSE(panel->diff()->toPlainText().contains(QStringLiteral("**")));
    CHECK(panel->diff()->toPlainText().contains(QStringLiteral("red")));
}

TEST_CASE("An empty optional text says it is empty and optional, not 'not found'", "[plain]")
{
    test::OpenSample s;
    BilingualEditor editor(s.window.session(),
                           FieldPath::fromString(QStringLiteral("indicators/1.1/variance_explanation/4")),
                           false);
    QString shown;
    for (QLabel* l : editor.side(Language::Es)->findChildren<QLabel*>())
        shown += l->text();
    CHECK_FALSE(shown.contains(QStringLiteral("Not found")));
    CHECK(shown.contains(QStringLiteral("optional")));
}

TEST_CASE("Every formatting button shows at the default window size", "[editor][plain]")
{
    test::OpenSample s;
    s.window.resize(1366, 768);
    s.window.show();
    s.window.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-1")});
    QCoreApplication::processEvents();
    auto* editor = s.window.currentPage()->findChild<BilingualEditor*>(
        QStringLiteral("bilingual:sections/objective-1/body"));
    REQUIRE(editor);
    for (Language l : {Language::Es, Language::En}) {
        auto* bar = editor->side(l)->findChild<QToolBar*>();
        REQUIRE(bar);
        REQUIRE(bar->actions().size() == 6);
        for (QAction* a : bar->actions()) {
            INFO(a->text().toStdString());
            QWidget* button = bar->widgetForAction(a);
            REQUIRE(button);
            CHECK(button->isVisible());
            CHECK(button->geometry().right() <= bar->width());
        }
    }
}
