#pragma once

#include "editor/PageContext.h"
#include "navigator/NavNode.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QTreeView;
class QUndoStack;

namespace cpc {

class EditSession;
class ReportDocument;

// What a feature folder of ui/ may know of the window: the open report, its undo stack, the current part and
// a way to show another, the menus and docks to add to, and the pages to plug in. MainWindow is the one
// implementation; features are handed a WindowShell& by ui/features and never include MainWindow.h, so they
// can be changed (or tested) without the window knowing and without knowing each other.
//
//  - registerPage(kind, factory): the page shown for a kind of navigator node, replacing the window's own
//    (e.g. NodeKind::Indicator). The factory gets a PageContext; it edits through context.session.
//  - addDock(dock, area): a panel beside the page; its visibility toggle goes into the View menu and its
//    place is remembered with the window layout (give the dock an objectName).
//  - addReportAction(action): a further action on the open report in the File menu, after Import Indicator
//    Data…, in the order the features add them.
//  - documentChanged(doc): emitted after a report is opened or closed (nullptr); connect to doc->changed()
//    from there (the one notifier of every change). document()/session() give the current ones.
//  - nodeSelected(node): the navigator's choice; selectNode() changes it (this is how a part is shown).
//  - exportPdfAction(), exportWordAction(), printAction(), importIndicatorsAction(): in the File menu,
//    disabled until somebody connects to triggered() (and enabled only while a report is open).
//  - newReportAction(), userGuideAction(), aboutAction(): File → New Report… and the Help menu, for the
//    features that answer them (ui/start, ui/help) to connect to triggered(); adoptDocument() shows the
//    report just created.
class WindowShell : public QMainWindow {
    Q_OBJECT
public:
    using QMainWindow::QMainWindow;

    virtual ReportDocument* document() const = 0;
    virtual EditSession* session() const = 0;
    virtual QUndoStack* undoStack() const = 0;
    virtual QTreeView* navigator() const = 0;
    virtual QWidget* currentPage() const = 0;
    virtual NavNode currentNode() const = 0;
    virtual void selectNode(const NavNode& node) = 0;
    virtual void adoptDocument(std::unique_ptr<ReportDocument> doc) = 0;

    virtual void registerPage(NodeKind kind, PageFactory factory) = 0;
    virtual void addDock(QDockWidget* dock, Qt::DockWidgetArea area = Qt::RightDockWidgetArea) = 0;
    virtual void addReportAction(QAction* action) = 0;
    virtual QAction* exportPdfAction() const = 0;
    virtual QAction* exportWordAction() const = 0;
    virtual QAction* printAction() const = 0;
    virtual QAction* importIndicatorsAction() const = 0;
    virtual QAction* newReportAction() const = 0;
    virtual QAction* userGuideAction() const = 0;
    virtual QAction* aboutAction() const = 0;
    virtual QMenu* fileMenu() const = 0;
    virtual QMenu* editMenu() const = 0;
    virtual QMenu* viewMenu() const = 0;
    virtual QMenu* helpMenu() const = 0;

signals:
    void documentChanged(cpc::ReportDocument* doc);
    void nodeSelected(const cpc::NavNode& node);
};

} // namespace cpc
