#pragma once

class QDockWidget;
class QMainWindow;
class QTreeView;

namespace cpc {

// The window's arrangement the first time it opens (afterwards the arrangement the user left is restored):
// a size that fits the screen, the navigator wide enough for its three columns, and the panels on the
// right sharing the height, so that none starts as a sliver that cuts its own text.
class FirstRunLayout {
public:
    // Before the window is shown: its size.
    static void size(QMainWindow& window);
    // Once it is shown and laid out: the docks.
    static void arrange(QMainWindow& window, QDockWidget* navigator, QTreeView* tree);
};

} // namespace cpc
