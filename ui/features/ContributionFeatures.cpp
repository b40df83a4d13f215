#include "features/ContributionFeatures.h"

#include "comments/CommentsPanel.h"
#include "contributions/ContributionActions.h"
#include "history/HistoryPanel.h"
#include "storage/ReportDocument.h"
#include "window/WindowShell.h"
#include "workflow/PageLock.h"
#include "workflow/WorkflowPanel.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>

namespace cpc {

namespace {
QDockWidget* dock(WindowShell& window, const QString& title, const QString& name, QWidget* content)
{
    auto* d = new QDockWidget(title, &window);
    d->setObjectName(name);
    // On a short screen the panel scrolls rather than drawing its buttons over its neighbours.
    auto* scroll = new QScrollArea(d);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    d->setWidget(scroll);
    window.addDock(d, Qt::RightDockWidgetArea);
    return d;
}
} // namespace

void installContributions(WindowShell& window)
{
    auto* menu = new QMenu(ContributionActions::tr("&Review"), &window);
    menu->setObjectName(QStringLiteral("reviewMenu"));
    window.menuBar()->insertMenu(window.helpMenu()->menuAction(), menu);
    new ContributionActions(window, menu);

    auto* workflow = new WorkflowPanel;
    auto* comments = new CommentsPanel;
    auto* history = new HistoryPanel;
    auto* reviewDock = dock(window, WorkflowPanel::tr("Review"), QStringLiteral("reviewDock"), workflow);
    auto* commentsDock =
        dock(window, CommentsPanel::tr("Comments"), QStringLiteral("commentsDock"), comments);
    auto* historyDock = dock(window, HistoryPanel::tr("History"), QStringLiteral("historyDock"), history);
    window.tabifyDockWidget(commentsDock, historyDock);
    commentsDock->raise();
    menu->addSeparator();
    menu->addAction(reviewDock->toggleViewAction());
    menu->addAction(commentsDock->toggleViewAction());
    menu->addAction(historyDock->toggleViewAction());

    auto* lock = new PageLock(window);
    QObject::connect(&window, &WindowShell::documentChanged, lock,
                     [&window, workflow, comments, history, lock](ReportDocument* doc) {
                         workflow->setSession(window.session());
                         comments->setSession(window.session());
                         history->setSession(window.session());
                         // After the page has followed the change, so that what it re-enabled is locked
                         // again.
                         if (doc)
                             QObject::connect(doc, &ReportDocument::changed, lock, &PageLock::update,
                                              Qt::QueuedConnection);
                     });
    QObject::connect(&window, &WindowShell::nodeSelected, lock,
                     [workflow, comments, history, lock](const NavNode& node) {
                         workflow->setNode(node);
                         comments->setNode(node);
                         history->setNode(node);
                         lock->update();
                     });
}

} // namespace cpc
