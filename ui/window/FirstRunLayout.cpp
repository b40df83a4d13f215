#include "window/FirstRunLayout.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QScrollBar>
#include <QTreeView>
#include <algorithm>

namespace cpc {

void FirstRunLayout::size(QMainWindow& window)
{
    QSize size(1200, 760);
    if (const QScreen* screen = window.screen()) {
        const QRect available = screen->availableGeometry();
        size =
            QSize(std::min(1440, available.width() * 92 / 100), std::min(920, available.height() * 92 / 100));
    }
    window.resize(size);
}

void FirstRunLayout::arrange(QMainWindow& window, QDockWidget* navigator, QTreeView* tree)
{
    // One entry per group of tabbed panels: only the group's visible tab takes part in the split.
    QList<QDockWidget*> right;
    for (QDockWidget* d : window.findChildren<QDockWidget*>()) {
        if (d->isFloating() || d->isHidden() || window.dockWidgetArea(d) != Qt::RightDockWidgetArea) continue;
        const QList<QDockWidget*> tabs = window.tabifiedDockWidgets(d);
        if (std::any_of(right.cbegin(), right.cend(), [&](QDockWidget* r) { return tabs.contains(r); }))
            continue;
        right << d;
    }
    if (!right.isEmpty()) {
        window.resizeDocks(right, QList<int>(right.size(), window.height() / int(right.size())),
                           Qt::Vertical);
        window.resizeDocks({right.front()}, {std::max(320, window.width() / 4)}, Qt::Horizontal);
    }
    if (navigator && tree) {
        const int columns =
            tree->header()->length() + tree->verticalScrollBar()->sizeHint().width() + tree->frameWidth() * 2;
        window.resizeDocks({navigator}, {std::min(columns + 8, window.width() * 30 / 100)}, Qt::Horizontal);
    }
}

} // namespace cpc
