#pragma once

#include "window/WindowShell.h"

#include <QHash>
#include <memory>

class QLabel;

namespace cpc {

class FindPanel;
class ReportTreeModel;

// The authoring window: the navigator (the report as a tree, with status and translation state), the
// page of the chosen part in the middle, Find in both languages, and the menus every desktop user
// expects. Every edit is in the file within a second (EditSession); there is no Save.
// Other widgets (indicator page, readiness panel, export, review...) plug in through WindowShell.
class MainWindow : public WindowShell {
    Q_OBJECT
public:
    // The features (pages, docks, actions of each ui/ folder) are plugged in by whoever assembles the
    // program (ui/features/WindowFeatures), so the window knows none of them. Set before the first window.
    using FeatureInstaller = void (*)(WindowShell&);
    static void setFeatures(FeatureInstaller install);

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path`, closing the current report. When another window or program has the file open,
    // says who and offers to open it read-only. False when nothing was opened (the user was told why).
    bool openFile(const QString& path);
    // Shows a report just created (new report, first run).
    void adoptDocument(std::unique_ptr<ReportDocument> doc) override;
    void closeDocument();

    ReportDocument* document() const override { return m_doc.get(); }
    EditSession* session() const override { return m_session; }
    QUndoStack* undoStack() const override { return m_undo; }
    ReportTreeModel* treeModel() const { return m_model; }
    QTreeView* navigator() const override { return m_tree; }
    FindPanel* findPanel() const { return m_find; }
    QWidget* currentPage() const override { return m_page; }
    NavNode currentNode() const override { return m_node; }
    void selectNode(const NavNode& node) override;

    void registerPage(NodeKind kind, PageFactory factory) override;
    void addDock(QDockWidget* dock, Qt::DockWidgetArea area = Qt::RightDockWidgetArea) override;
    void addReportAction(QAction* action) override;
    QAction* exportPdfAction() const override { return m_exportPdf; }
    QAction* exportWordAction() const override { return m_exportWord; }
    QAction* printAction() const override { return m_print; }
    QAction* importIndicatorsAction() const override { return m_importIndicators; }
    QAction* newReportAction() const override { return m_new; }
    QAction* userGuideAction() const override { return m_guide; }
    QAction* aboutAction() const override { return m_about; }
    QMenu* fileMenu() const override { return m_fileMenu; }
    QMenu* editMenu() const override { return m_editMenu; }
    QMenu* viewMenu() const override { return m_viewMenu; }
    QMenu* helpMenu() const override { return m_helpMenu; }

public slots:
    void newReport();
    void openWithDialog();
    void saveCopyAs();
    void showFind();
    void showPreferences();

protected:
    void closeEvent(QCloseEvent* e) override;

private:
    static FeatureInstaller s_features;
    void createActions();
    void createMenus();
    void rebuildRecentMenu();
    void updateTitle();
    void updateActions();
    void showPage(const NavNode& node);
    void showPath(const FieldPath& path);
    void forwardToFocus(const char* slot);
    QWidget* makeDefaultPage(const PageContext& ctx);
    QWidget* makeWelcome();

    std::unique_ptr<ReportDocument> m_doc;
    EditSession* m_session = nullptr;
    QUndoStack* m_undo;
    ReportTreeModel* m_model;
    QTreeView* m_tree;
    FindPanel* m_find;
    QDockWidget* m_navDock;
    QDockWidget* m_findDock;
    QLabel* m_banner;
    QWidget* m_pageHost;
    QWidget* m_page = nullptr;
    NavNode m_node;
    QHash<int, PageFactory> m_factories;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_saveCopy = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_exportWord = nullptr;
    QAction* m_print = nullptr;
    QAction* m_importIndicators = nullptr;
    QAction* m_reportActionsEnd = nullptr;
    QAction* m_close = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_cut = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_paste = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_guide = nullptr;
    QAction* m_about = nullptr;
};

} // namespace cpc
