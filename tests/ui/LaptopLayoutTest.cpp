// The window on a laptop screen: at 1280×720 and 1366×768 (and 1280×720 logical pixels is what 2560×1440 at
// 200% gives) every panel shows its content, no panel covers another, the readiness list shows findings,
// and notices stay one or two lines. Geometry is measured on the real window, offscreen.
#include "Screenshot.h"
#include "UiTestSupport.h"
#include "editor/BilingualEditor.h"
#include "editor/TextSideEditor.h"
#include "readiness/ReadinessPanel.h"
#include "storage/ReportDocument.h"
#include "template/TemplateLibrary.h"
#include "undo/EditSession.h"
#include "window/FirstRunLayout.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTreeView>

using namespace cpc;

namespace {

// A panel behind another's tab is still "visible" to Qt, moved out of the window: it is not shown.
bool onScreen(QDockWidget* d)
{
    return d->isVisible() && !d->isFloating() && !d->visibleRegion().isEmpty();
}

QList<QDockWidget*> shownDocks(MainWindow& w)
{
    QList<QDockWidget*> out;
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
        if (onScreen(d)) out << d;
    return out;
}

bool insideScrolledContent(const QWidget* w, const QWidget* stop)
{
    for (const QWidget* p = w->parentWidget(); p && p != stop; p = p->parentWidget())
        if (auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget());
            area && area->viewport() == p)
            return true;
    return false;
}

// Everything a panel shows lies inside the panel: nothing is pushed over its neighbours or cut off.
void checkContentInside(MainWindow& w, QDockWidget* d)
{
    const QRect dockRect(d->mapTo(&w, QPoint(0, 0)), d->size());
    for (QWidget* c : d->findChildren<QWidget*>()) {
        if (!c->isVisible() || insideScrolledContent(c, d)) continue;
        const QRect r(c->mapTo(&w, QPoint(0, 0)), c->size());
        INFO(d->objectName().toStdString()
             << " / " << c->metaObject()->className() << " " << c->objectName().toStdString());
        CHECK(dockRect.contains(r));
    }
}

void arrangeAt(MainWindow& w, QSize size)
{
    FirstRunLayout::size(w, size);
    w.show();
    QTest::qWait(50);
    FirstRunLayout::arrange(w);
    // The readiness check runs on a worker thread; on a shared machine it may take seconds.
    auto* findings = w.findChild<QTreeView*>(QStringLiteral("readinessFindings"));
    QElapsedTimer t;
    t.start();
    while (findings && findings->model()->rowCount() == 0 && t.elapsed() < 60000)
        QTest::qWait(50);
    QTest::qWait(50);
}

void checkFits(MainWindow& w, QSize screen)
{
    INFO("screen " << screen.width() << "x" << screen.height());
    // A window without a window manager still has the menu bar inside it; the screen must hold it whole.
    CHECK(w.minimumSizeHint().width() <= screen.width());
    CHECK(w.minimumSizeHint().height() <= screen.height() - 40);
    CHECK(w.width() <= screen.width());
    CHECK(w.height() <= screen.height());

    const QList<QDockWidget*> docks = shownDocks(w);
    REQUIRE(docks.size() >= 3); // navigator, readiness, review/comments
    for (int i = 0; i < docks.size(); ++i) {
        const QRect a(docks[i]->mapTo(&w, QPoint(0, 0)), docks[i]->size());
        CHECK(a.height() >= 100);
        CHECK(a.width() >= 200);
        for (int j = i + 1; j < docks.size(); ++j) {
            const QRect b(docks[j]->mapTo(&w, QPoint(0, 0)), docks[j]->size());
            INFO(docks[i]->objectName().toStdString() << " and " << docks[j]->objectName().toStdString());
            CHECK_FALSE(a.intersects(b));
        }
        checkContentInside(w, docks[i]);
    }

    // The navigator shows its three columns.
    QTreeView* nav = w.navigator();
    const int columns = nav->header()->length();
    CHECK(columns <= nav->viewport()->width());

    // The readiness list shows findings, several rows of them.
    auto* findings = w.findChild<QTreeView*>(QStringLiteral("readinessFindings"));
    REQUIRE(findings);
    REQUIRE(findings->isVisible());
    REQUIRE(findings->model()->rowCount() > 0);
    const QModelIndex first = findings->model()->index(0, 0);
    const int row = findings->visualRect(first).height();
    CHECK(row > 0);
    CHECK(findings->viewport()->height() >= 4 * row);
    const QRect firstRect = findings->visualRect(first);
    INFO("first finding " << firstRect.x() << "," << firstRect.y() << " " << firstRect.width() << "x"
                          << firstRect.height() << " in " << findings->viewport()->width() << "x"
                          << findings->viewport()->height());
    CHECK(findings->viewport()->rect().contains(firstRect));

    // The review panel shows several of the entities that can be assigned, not one or two.
    if (auto* review = w.findChild<QDockWidget*>(QStringLiteral("reviewDock"))) {
        review->raise();
        QTest::qWait(20);
        auto* entities = review->findChild<QListView*>();
        REQUIRE(entities);
        if (entities->isVisible()) CHECK(entities->viewport()->height() >= 5 * entities->sizeHintForRow(0));
    }

    // The page in the middle keeps room to write.
    CHECK(w.centralWidget()->width() >= 480);
    CHECK(w.centralWidget()->height() >= 400);
}

} // namespace

TEST_CASE("At 1280x720 and 1366x768 every panel shows its content and none covers another",
          "[window][layout]")
{
    const test::SpanishInterface spanish;
    for (const QSize screen : {QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)}) {
        test::OpenSample s;
        s.window.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-1")});
        arrangeAt(s.window, screen);
        checkFits(s.window, screen);
        test::saveScreenshot(&s.window,
                             QStringLiteral("layout-%1x%2").arg(screen.width()).arg(screen.height()));
    }
}

TEST_CASE("Reset layout brings back the arrangement for the screen after panels were closed and moved",
          "[window][layout]")
{
    test::OpenSample s;
    arrangeAt(s.window, QSize(1280, 720));
    auto* readiness = s.window.findChild<QDockWidget*>(QStringLiteral("readinessDock"));
    REQUIRE(readiness);
    readiness->close();
    auto* navigatorDock = s.window.findChild<QDockWidget*>(QStringLiteral("navigatorDock"));
    REQUIRE(navigatorDock);
    navigatorDock->close();
    if (auto* review = s.window.findChild<QDockWidget*>(QStringLiteral("reviewDock")))
        review->setFloating(true);
    QAction* reset = s.window.findChild<QAction*>(QStringLiteral("actionResetLayout"));
    REQUIRE(reset);
    CHECK(s.window.viewMenu()->actions().contains(reset));
    reset->trigger();
    QTest::qWait(400);
    CHECK(readiness->isVisible());
    CHECK(s.window.navigator()->isVisible());
    checkFits(s.window, QSize(1280, 720));
}

TEST_CASE("The approved-part notice is one or two lines, with the rest on demand", "[window][layout]")
{
    const test::SpanishInterface spanish;
    test::OpenSample s;
    arrangeAt(s.window, QSize(1280, 720));
    const NavNode node{NodeKind::Section, QStringLiteral("objective-1")};
    REQUIRE(s.window.session()->edit(
        {FieldChange{FieldPath::fromString(QStringLiteral("sections/objective-1/status")),
                     QStringLiteral("approved"), false}},
        QStringLiteral("approve")));
    // Leaving and coming back locks the page a second time, over the notice already there.
    s.window.selectNode(NavNode{NodeKind::Cover, {}});
    s.window.selectNode(node);
    QTest::qWait(50);
    auto* note = s.window.currentPage()->findChild<QWidget*>(QStringLiteral("lockNote"));
    REQUIRE(note);
    REQUIRE(note->isVisible());
    const int line = note->fontMetrics().lineSpacing();
    CHECK(note->height() <= 3 * line + 24);
    auto* more = note->findChild<QAbstractButton*>(QStringLiteral("noticeDetailsButton"));
    REQUIRE(more);
    auto* details = note->findChild<QLabel*>(QStringLiteral("noticeDetails"));
    REQUIRE(details);
    CHECK_FALSE(details->isVisible());
    more->click();
    QTest::qWait(20);
    CHECK(details->isVisible());
    CHECK_FALSE(details->text().isEmpty());
    test::saveScreenshot(&s.window, QStringLiteral("layout-approved-notice"));
}

TEST_CASE("The guidance column breaks lines between words, never inside one", "[window][layout]")
{
    const test::SpanishInterface spanish;
    test::OpenSample s;
    arrangeAt(s.window, QSize(1280, 720));
    s.window.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-1")});
    QTest::qWait(50);
    QTextBrowser* guidance = nullptr;
    for (auto* b : s.window.currentPage()->findChildren<QTextBrowser*>())
        if (b->accessibleName() == QStringLiteral("Orientación")) guidance = b;
    REQUIRE(guidance);
    // Narrow as a squeezed column, with a long Spanish word in it.
    guidance->setPlainText(
        QStringLiteral("Acciones de sensibilización con comunidades y prestadores turísticos "
                       "sobre la explotación sexual comercial."));
    guidance->setFixedWidth(guidance->fontMetrics().horizontalAdvance(QStringLiteral("sensibilizació")) + 30);
    QTest::qWait(20);
    const QString text = guidance->toPlainText();
    int lines = 0;
    for (QTextBlock b = guidance->document()->begin(); b.isValid(); b = b.next()) {
        QTextLayout* layout = b.layout();
        for (int i = 1; i < layout->lineCount(); ++i) {
            const int at = b.position() + layout->lineAt(i).textStart();
            INFO("line " << i << " starts at «" << text.mid(at, 12).toStdString() << "»");
            CHECK(text.at(at - 1).isSpace());
            ++lines;
        }
    }
    CHECK(lines > 2);
}

namespace {

// A widget laid out in less room than it needs keeps its size and spills over its parent's edge (a text box
// cut in half by the row below it): every shown widget of a page lies inside its parent, except what a
// scroll area scrolls.
void checkNothingSpills(QWidget* page)
{
    for (QWidget* c : page->findChildren<QWidget*>()) {
        QWidget* p = c->parentWidget();
        if (!c->isVisible() || c->isWindow() || !p) continue;
        if (auto* area = qobject_cast<QAbstractScrollArea*>(p->parentWidget()); area && area->viewport() == p)
            continue;
        INFO(c->metaObject()->className()
             << " " << c->objectName().toStdString() << " in " << p->metaObject()->className() << " "
             << p->objectName().toStdString() << ": " << c->geometry().y() << "+" << c->height() << " in "
             << p->height());
        CHECK(p->rect().contains(c->geometry()));
    }
}

} // namespace

TEST_CASE("Every kind of page fits the centre at 1280x720 and 1366x768 without scrolling sideways, nothing "
          "cut, the window no taller than the screen",
          "[window][layout]")
{
    const test::SpanishInterface spanish;
    const QList<NavNode> pages = {
        NavNode{NodeKind::Cover, {}},
        NavNode{NodeKind::Section, QStringLiteral("objective-1")},
        NavNode{NodeKind::Activity, QStringLiteral("1.1")},
        NavNode{NodeKind::Activity, QStringLiteral("3.1")},  // long names in its lists
        NavNode{NodeKind::Indicator, QStringLiteral("1.1")}, // with breakdowns, a chart and targets
        NavNode{NodeKind::Indicator, QStringLiteral("2.2")},
        NavNode{NodeKind::Glossary, {}},
        NavNode{NodeKind::Entities, {}},
    };
    for (const QSize screen : {QSize(1280, 720), QSize(1366, 768)}) {
        test::OpenSample s;
        arrangeAt(s.window, screen);
        for (const NavNode& node : pages) {
            s.window.selectNode(node);
            QTest::qWait(300);
            QWidget* page = s.window.currentPage();
            REQUIRE(page);
            INFO("screen " << screen.width() << "x" << screen.height() << ", page "
                           << page->metaObject()->className() << " " << node.id.toStdString());
            CHECK(page->minimumSizeHint().width() <= s.window.centralWidget()->width());
            // A page taller than the screen scrolls; it never makes the window taller than the screen.
            CHECK(s.window.minimumSizeHint().height() <= screen.height());
            CHECK(s.window.height() <= screen.height());
            checkNothingSpills(page); // English labels wrap where the Spanish ones do not (indicator 2.2)
            for (auto* scroll : page->findChildren<QScrollArea*>()) {
                if (!scroll->widget() || !scroll->isVisible()) continue;
                INFO("content needs " << scroll->widget()->minimumSizeHint().width() << " px, the view has "
                                      << scroll->viewport()->width() << "; minimum "
                                      << scroll->widget()->minimumWidth() << ", width "
                                      << scroll->widget()->width() << ", range "
                                      << scroll->horizontalScrollBar()->maximum());
                CHECK(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
                CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
            }
        }
    }
}

TEST_CASE("A wide page shows the two languages side by side and a narrow one stacks them", "[window][layout]")
{
    const test::SpanishInterface spanish;
    test::OpenSample s;
    arrangeAt(s.window, QSize(1920, 1080));
    s.window.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-1")});
    QTest::qWait(100);
    auto* body = s.window.currentPage()->findChild<BilingualEditor*>(
        QStringLiteral("bilingual:sections/objective-1/body"));
    REQUIRE(body);
    CHECK(body->sideBySide());
    const QRect es(body->side(Language::Es)->mapTo(body, QPoint(0, 0)), body->side(Language::Es)->size());
    const QRect en(body->side(Language::En)->mapTo(body, QPoint(0, 0)), body->side(Language::En)->size());
    CHECK(es.top() == en.top());

    body->setFixedWidth(body->minimumSizeHint().width());
    QTest::qWait(50);
    CHECK_FALSE(body->sideBySide());
    const QRect es2(body->side(Language::Es)->mapTo(body, QPoint(0, 0)), body->side(Language::Es)->size());
    const QRect en2(body->side(Language::En)->mapTo(body, QPoint(0, 0)), body->side(Language::En)->size());
    CHECK(es2.bottom() < en2.top());
    CHECK(es2.width() > 0);
}

TEST_CASE("Long names in check lists wrap at 1280x720 instead of hiding their end", "[window][layout]")
{
    const test::SpanishInterface spanish;
    test::OpenSample s;
    arrangeAt(s.window, QSize(1280, 720));
    s.window.selectNode(NavNode{NodeKind::Activity, QStringLiteral("3.1")});
    QTest::qWait(300);
    QList<QListView*> lists = s.window.currentPage()->findChildren<QListView*>();
    if (auto* review = s.window.findChild<QDockWidget*>(QStringLiteral("reviewDock"))) {
        review->raise();
        QTest::qWait(50);
        lists += review->findChildren<QListView*>();
    }
    int checked = 0;
    for (QListView* list : lists) {
        if (!list->isVisible() ||
            !(list->model()->flags(list->model()->index(0, 0)) & Qt::ItemIsUserCheckable))
            continue;
        ++checked;
        INFO(list->accessibleName().toStdString());
        CHECK_FALSE(list->horizontalScrollBar()->isVisible());
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            const QModelIndex i = list->model()->index(r, 0);
            const QString name = i.data().toString();
            const int needed = list->fontMetrics().horizontalAdvance(name) + 2 * list->fontMetrics().height();
            INFO(name.toStdString());
            // A name wider than the list takes more than one line.
            if (needed > list->viewport()->width())
                CHECK(list->visualRect(i).height() > list->fontMetrics().height() * 3 / 2);
        }
    }
    CHECK(checked >= 3); // responsible entities, forms of trafficking, assigned to
}

TEST_CASE("The guidance column gets a quarter of the page, and its words fit it",
          "[window][layout][guidance]")
{
    const test::SpanishInterface spanish;
    // The sample with the template's guidance, as `new --from-json` and the first-run dialog make it.
    auto templ = TemplateLibrary::find(QStringLiteral("colombia-cpc"));
    REQUIRE(templ.ok());
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("guided.cpcreport"));
    REQUIRE(ReportDocument::create(path, test::sampleReport(), templ.value().json).ok());
    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768)}) {
        MainWindow window;
        REQUIRE(window.openFile(path));
        arrangeAt(window, size);
        window.selectNode(NavNode{NodeKind::Section, QStringLiteral("objective-4")});
        QTest::qWait(100);
        auto* split = window.currentPage()->findChild<QSplitter*>(QStringLiteral("pageSplitter"));
        REQUIRE(split);
        QTextBrowser* guidance = nullptr;
        for (auto* b : window.currentPage()->findChildren<QTextBrowser*>())
            if (b->accessibleName() == QStringLiteral("Orientación")) guidance = b;
        REQUIRE(guidance);
        REQUIRE(guidance->toPlainText().contains(QStringLiteral("Interinstitucional")));
        INFO(size.width() << " wide: form " << split->sizes().value(0) << ", guidance "
                          << split->sizes().value(1));
        // "Interinstitucional" and its like are whole, even in bold on a bulleted line: nothing to scroll
        // sideways.
        CHECK(guidance->horizontalScrollBar()->maximum() == 0);
        QFont bold = guidance->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const qreal room = guidance->viewport()->width() - 2 * guidance->document()->documentMargin() -
                           guidance->document()->indentWidth();
        for (const QString& word : guidance->toPlainText().split(QRegularExpression(QStringLiteral("\\s+"))))
            CHECK(metrics.horizontalAdvance(word) <= room);
        const int share = (split->width() - split->handleWidth()) / 4;
        CHECK(split->sizes().value(1) >= std::max(share - 1, split->widget(1)->minimumWidth()));
    }
}
