// MainWindow's actions and menus, kept apart from its document handling to keep both files short.
#include "navigator/ReportTreeModel.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"
#include "window/RecentFiles.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMetaMethod>
#include <QTextEdit>
#include <QTreeView>
#include <QUndoStack>

namespace cpc {

namespace {

// An action that another part of the window connects later (export, print, import): enabled only
// once somebody handles it, so the menu never offers something that does nothing.
class HandledAction : public QAction {
public:
    using QAction::QAction;
    bool hasHandler() const { return isSignalConnected(QMetaMethod::fromSignal(&QAction::triggered)); }
};

QAction* make(QObject* parent, const QString& text, const QKeySequence& key, const QString& name)
{
    auto* a = new QAction(text, parent);
    if (!key.isEmpty()) a->setShortcut(key);
    a->setObjectName(name);
    return a;
}

} // namespace

void MainWindow::createActions()
{
    m_new = make(this, tr("&New Report…"), QKeySequence::New, QStringLiteral("actionNew"));
    m_open = make(this, tr("&Open…"), QKeySequence::Open, QStringLiteral("actionOpen"));
    m_saveCopy = make(this, tr("Save a &Copy As…"), QKeySequence(tr("Ctrl+Shift+S")),
                      QStringLiteral("actionSaveCopy"));
    m_exportPdf = new HandledAction(tr("&Export PDF…"), this);
    m_exportPdf->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportPdf->setObjectName(QStringLiteral("actionExportPdf"));
    m_exportWord = new HandledAction(tr("Export &Word document…"), this);
    m_exportWord->setObjectName(QStringLiteral("actionExportWord"));
    m_exportWord->setToolTip(tr("An editable Word version of the report, in both languages, for comments"));
    m_print = new HandledAction(tr("&Print…"), this);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setObjectName(QStringLiteral("actionPrint"));
    m_importIndicators = new HandledAction(tr("&Import Indicator Data…"), this);
    m_importIndicators->setObjectName(QStringLiteral("actionImportIndicators"));
    m_close = make(this, tr("&Close"), QKeySequence::Close, QStringLiteral("actionClose"));
    m_quit = make(this, tr("&Quit"), QKeySequence::Quit, QStringLiteral("actionQuit"));
    m_quit->setMenuRole(QAction::QuitRole);

    m_undoAction = make(this, tr("&Undo"), QKeySequence::Undo, QStringLiteral("actionUndo"));
    m_redoAction = make(this, tr("&Redo"), QKeySequence::Redo, QStringLiteral("actionRedo"));
    m_cut = make(this, tr("Cu&t"), QKeySequence::Cut, QStringLiteral("actionCut"));
    m_copy = make(this, tr("&Copy"), QKeySequence::Copy, QStringLiteral("actionCopy"));
    m_paste = make(this, tr("&Paste"), QKeySequence::Paste, QStringLiteral("actionPaste"));
    m_findAction =
        make(this, tr("&Find in Both Languages…"), QKeySequence::Find, QStringLiteral("actionFind"));
    m_preferences =
        make(this, tr("Pre&ferences…"), QKeySequence(tr("Ctrl+,")), QStringLiteral("actionPreferences"));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_guide = make(this, tr("User &Guide"), QKeySequence::HelpContents, QStringLiteral("actionGuide"));
    m_about = make(this, tr("&About CPC Report Studio"), QKeySequence(), QStringLiteral("actionAbout"));
    m_about->setMenuRole(QAction::AboutRole);

    // Cut, copy and paste act in whatever text has the focus; the editors' own shortcuts take the key
    // first, so these serve the menu and the editors that have none.
    for (QAction* a : {m_cut, m_copy, m_paste})
        a->setShortcutContext(Qt::WidgetShortcut);

    connect(m_open, &QAction::triggered, this, &MainWindow::openWithDialog);
    connect(m_saveCopy, &QAction::triggered, this, &MainWindow::saveCopyAs);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeDocument);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_session) m_session->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_session) m_session->redo();
    });
    connect(m_cut, &QAction::triggered, this, [this] { forwardToFocus("cut"); });
    connect(m_copy, &QAction::triggered, this, [this] { forwardToFocus("copy"); });
    connect(m_paste, &QAction::triggered, this, [this] { forwardToFocus("paste"); });
    connect(m_findAction, &QAction::triggered, this, &MainWindow::showFind);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    auto undoState = [this] {
        m_undoAction->setEnabled(m_undo->canUndo());
        m_redoAction->setEnabled(m_undo->canRedo());
        m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
        m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, undoState);
    connect(m_undo, &QUndoStack::cleanChanged, this, undoState);
    undoState();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveCopy);
    m_fileMenu->addAction(m_exportPdf);
    m_fileMenu->addAction(m_exportWord);
    m_fileMenu->addAction(m_print);
    m_fileMenu->addAction(m_importIndicators);
    m_reportActionsEnd = m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_close);
    m_fileMenu->addAction(m_quit);
    // Export, print and import are connected by their owners after the window exists.
    connect(m_fileMenu, &QMenu::aboutToShow, this, &MainWindow::updateActions);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_cut);
    m_editMenu->addAction(m_copy);
    m_editMenu->addAction(m_paste);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferences);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addAction(m_navDock->toggleViewAction());
    m_viewMenu->addAction(m_findDock->toggleViewAction());
    auto* toNavigator = m_viewMenu->addAction(tr("Go to the &Navigator"));
    toNavigator->setShortcut(QKeySequence(Qt::Key_F6));
    connect(toNavigator, &QAction::triggered, this, [this] {
        m_navDock->show();
        m_tree->setFocus();
    });
    auto* toPage = m_viewMenu->addAction(tr("Go to the &Page"));
    toPage->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(toPage, &QAction::triggered, this, [this] {
        if (!m_page) return;
        // The first text of the page, else whatever the page takes focus with.
        if (auto* text = m_page->findChild<QTextEdit*>())
            text->setFocus();
        else
            m_page->setFocus();
    });

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu->addAction(m_guide);
    m_helpMenu->addAction(m_about);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    int n = 0;
    for (const QString& f : files) {
        if (!QFileInfo::exists(f)) continue;
        auto* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QDir::toNativeSeparators(f)));
        connect(a, &QAction::triggered, this, [this, f] { openFile(f); });
    }
    m_recentMenu->setEnabled(n > 0);
}

void MainWindow::updateActions()
{
    const bool open = bool(m_doc);
    m_saveCopy->setEnabled(open);
    m_close->setEnabled(open);
    m_findAction->setEnabled(open);
    for (QAction* a : {m_exportPdf, m_exportWord, m_print, m_importIndicators})
        a->setEnabled(open && static_cast<HandledAction*>(a)->hasHandler());
    if (open && m_doc->isReadOnly()) m_importIndicators->setEnabled(false);
}

void MainWindow::forwardToFocus(const char* slot)
{
    if (QWidget* w = QApplication::focusWidget()) QMetaObject::invokeMethod(w, slot);
}

} // namespace cpc
