#pragma once

#include <QCoreApplication>
#include <QSize>

class QMainWindow;
class QMenu;

namespace cpc {

// The window's arrangement the first time it opens, and again on View → Reset Layout (otherwise the
// arrangement the user left is restored): a size that fits the screen, the navigator wide enough for its
// three columns, and the panels on the right sharing the height so that none starts as a sliver that cuts
// its own text. On a laptop-height screen the review, comments and history panels share one place as tabs,
// so that the readiness list below them keeps room for its findings.
class FirstRunLayout {
    Q_DECLARE_TR_FUNCTIONS(cpc::FirstRunLayout)
public:
    // Below this height of the window the panels on the right are tabbed together.
    static constexpr int kTabbedBelowHeight = 900;

    // Before the window is shown: its size, for the screen it is on or for `available` (the screen's
    // available area, in logical pixels).
    static void size(QMainWindow& window);
    static void size(QMainWindow& window, QSize available);
    // Once it is shown and laid out: the docks (found by their object names).
    static void arrange(QMainWindow& window);
    // View → Reset Layout: every panel back in its place (as installed, which is recorded now, so call this
    // once all panels are added) and arranged for the window's size.
    static void addResetAction(QMainWindow& window, QMenu* viewMenu);
};

} // namespace cpc
