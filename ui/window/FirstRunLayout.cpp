#include "window/FirstRunLayout.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>
#include <QVariant>
#include <algorithm>

namespace cpc {

namespace {

QDockWidget* dock(QMainWindow& window, const char* name)
{
    return window.findChild<QDockWidget*>(QLatin1String(name), Qt::FindDirectChildrenOnly);
}

// One entry per group of tabbed panels: only the group's visible tab takes part in the split.
QList<QDockWidget*> rightGroups(QMainWindow& window)
{
    QList<QDockWidget*> right;
    for (QDockWidget* d : window.findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (d->isFloating() || d->isHidden() || window.dockWidgetArea(d) != Qt::RightDockWidgetArea) continue;
        const QList<QDockWidget*> tabs = window.tabifiedDockWidgets(d);
        if (std::any_of(right.cbegin(), right.cend(), [&](QDockWidget* r) { return tabs.contains(r); }))
            continue;
        right << d;
    }
    return right;
}

// The navigator as wide as its three columns, up to `share` of the window; narrower, the titles elide.
void fitNavigator(QMainWindow& window, int share)
{
    QDockWidget* navigator = dock(window, "navigatorDock");
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("navigator"));
    if (!navigator || !tree || navigator->isHidden()) return;
    QHeaderView* header = tree->header();
    int wanted = tree->verticalScrollBar()->sizeHint().width() + tree->frameWidth() * 2 + 8;
    const QAbstractItemView* view = tree; // sizeHintForColumn is public there
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c)) continue;
        wanted += c == 0 ? std::max(view->sizeHintForColumn(0), header->sectionSizeHint(0))
                         : header->sectionSize(c);
    }
    window.resizeDocks({navigator}, {std::min(wanted, share)}, Qt::Horizontal);
}

// The property that remembers the size chosen for the screen, for Reset Layout.
constexpr const char* kIntendedSize = "cpcFirstRunSize";

// The review panel joins the comments and history as a tab, so that the readiness list keeps its height.
void tabReviewPanels(QMainWindow& window)
{
    QDockWidget* review = dock(window, "reviewDock");
    QDockWidget* comments = dock(window, "commentsDock");
    // Before the window is first shown every panel is hidden; only one the user closed stays out.
    const auto closed = [](const QWidget* w) {
        return w->testAttribute(Qt::WA_WState_ExplicitShowHide) && w->testAttribute(Qt::WA_WState_Hidden);
    };
    if (!review || !comments || closed(review) || closed(comments) ||
        window.tabifiedDockWidgets(comments).contains(review))
        return;
    window.tabifyDockWidget(comments, review);
    review->raise();
}

} // namespace

void FirstRunLayout::size(QMainWindow& window)
{
    const QScreen* screen = window.screen();
    if (!screen) {
        window.resize(1200, 760);
        return;
    }
    const QSize available = screen->availableGeometry().size();
    size(window, available);
    // On a laptop the window takes the whole screen; a window manager then fits its frame in too.
    if (window.size() == available) window.setWindowState(window.windowState() | Qt::WindowMaximized);
}

void FirstRunLayout::size(QMainWindow& window, QSize available)
{
    // A laptop screen is used whole; a large one gets a comfortable window that leaves the desktop visible.
    const bool small = available.width() <= 1440 || available.height() <= 900;
    const QSize size = (small ? available
                              : QSize(std::min(1600, available.width() * 90 / 100),
                                      std::min(1000, available.height() * 90 / 100)))
                           .boundedTo(available);
    // Tabbed first: three panel groups one above the other make the window's minimum taller than a laptop
    // screen, and the resize below would be clamped to it.
    if (size.height() < kTabbedBelowHeight) tabReviewPanels(window);
    window.setProperty(kIntendedSize, size);
    // A maximized window ignores the size (the screen's version maximizes again when it fills the screen).
    window.setWindowState(window.windowState() & ~Qt::WindowMaximized);
    window.resize(size);
}

void FirstRunLayout::arrange(QMainWindow& window)
{
    const QSize intended = window.property(kIntendedSize).toSize();
    if (window.height() < kTabbedBelowHeight ||
        (intended.isValid() && intended.height() < kTabbedBelowHeight)) {
        tabReviewPanels(window);
        // Reset Layout restores the untabbed panels, whose minimum may have pushed the window past the size
        // chosen for the screen: now that two share a tab, it fits again.
        if (intended.isValid() && (window.height() > intended.height() || window.width() > intended.width()))
            window.resize(intended);
    }
    const QList<QDockWidget*> right = rightGroups(window);
    if (!right.isEmpty()) {
        // The readiness list needs fewer lines than the review panel's buttons and entity list above it.
        QList<int> weights;
        int total = 0;
        for (QDockWidget* d : right) {
            weights << (d->objectName() == QLatin1String("readinessDock") ? 9 : 11);
            total += weights.last();
        }
        QList<int> heights;
        for (int w : weights)
            heights << window.height() * w / total;
        window.resizeDocks(right, heights, Qt::Vertical);
        window.resizeDocks({right.front()}, {std::clamp(window.width() / 4, 280, 420)}, Qt::Horizontal);
    }
    fitNavigator(window, window.width() * 30 / 100);
}

void FirstRunLayout::addResetAction(QMainWindow& window, QMenu* viewMenu)
{
    const QByteArray installed = window.saveState();
    viewMenu->addSeparator();
    QAction* reset = viewMenu->addAction(FirstRunLayout::tr("&Reset Layout"));
    reset->setObjectName(QStringLiteral("actionResetLayout"));
    reset->setStatusTip(FirstRunLayout::tr("Put every panel back in its place, arranged for this screen"));
    QMainWindow* w = &window;
    QObject::connect(reset, &QAction::triggered, w, [w, installed] {
        w->restoreState(installed);
        for (QDockWidget* d : w->findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
            if (d->isFloating()) d->setFloating(false);
        }
        // Once the panels are back in their places and laid out.
        QTimer::singleShot(0, w, [w] { arrange(*w); });
    });
}

} // namespace cpc
