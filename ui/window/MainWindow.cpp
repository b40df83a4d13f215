#include "window/MainWindow.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "editor/BilingualEditor.h"
#include "editor/CoverPage.h"
#include "editor/RichTextEdit.h"
#include "editor/SectionPage.h"
#include "editor/TextListPage.h"
#include "editor/TextSideEditor.h"
#include "navigator/ReportTreeModel.h"
#include "settings/PreferencesDialog.h"
#include "settings/Setting.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"
#include "window/FindPanel.h"
#include "window/FirstRunLayout.h"
#include "window/RecentFiles.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <utility>

namespace cpc {

namespace {
// Where the window was and how its panels were arranged, restored at the next start.
const Setting<QByteArray>& geometrySetting()
{
    static const Setting<QByteArray> s{"window/geometry", {}};
    return s;
}
const Setting<QByteArray>& stateSetting()
{
    static const Setting<QByteArray> s{"window/state", {}};
    return s;
}
} // namespace

MainWindow::FeatureInstaller MainWindow::s_features = nullptr;

void MainWindow::setFeatures(FeatureInstaller install)
{
    s_features = install;
}

MainWindow::MainWindow(QWidget* parent)
    : WindowShell(parent), m_undo(new QUndoStack(this)), m_model(new ReportTreeModel(this)),
      m_tree(new QTreeView), m_find(new FindPanel), m_navDock(new QDockWidget(tr("Navigator"), this)),
      m_findDock(new QDockWidget(tr("Find"), this)), m_banner(new QLabel), m_pageHost(new QWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tree->setObjectName(QStringLiteral("navigator"));
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Report navigator"));
    m_tree->setUniformRowHeights(true);
    // Status and translation keep the width of their words; the titles take the rest of the panel and
    // elide (their tooltip says them whole), so that no column is pushed out of sight in a narrow panel.
    m_tree->header()->setSectionResizeMode(ReportTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ReportTreeModel::StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ReportTreeModel::TranslationColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) showPage(m_model->node(current));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        const QModelIndex i = m_model->indexOf(m_node);
        if (i.isValid()) {
            const QSignalBlocker block(m_tree->selectionModel());
            m_tree->setCurrentIndex(i);
        }
    });

    m_navDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navDock->setWidget(m_tree);
    m_navDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navDock);
    m_findDock->setObjectName(QStringLiteral("findDock"));
    m_findDock->setWidget(m_find);
    addDockWidget(Qt::LeftDockWidgetArea, m_findDock);
    m_findDock->hide();
    connect(m_find, &FindPanel::pathActivated, this, &MainWindow::showPath);

    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setMargin(8);
    // Never taller than its words: extra height goes to the page.
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_banner->hide();
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_pageHost, 1);
    new QVBoxLayout(m_pageHost);
    m_pageHost->layout()->setContentsMargins(0, 0, 0, 0);
    setCentralWidget(central);

    createActions();
    createMenus();
    restoreGeometry(geometrySetting().value());
    if (s_features) s_features(*this);
    FirstRunLayout::addResetAction(*this, m_viewMenu);
    if (!restoreState(stateSetting().value())) {
        if (geometrySetting().value().isEmpty()) FirstRunLayout::size(*this);
        // After the first show, once the docks have a place to share.
        QTimer::singleShot(0, this, [this] { FirstRunLayout::arrange(*this); });
    }
    closeDocument();
}

MainWindow::~MainWindow()
{
    // The report goes before QWidget's destructor hides the children, and hiding the navigator still
    // asks its model for data; the same path as closing it (the welcome page it leaves goes with us).
    closeDocument();
}

void MainWindow::registerPage(NodeKind kind, PageFactory factory)
{
    m_factories.insert(int(kind), std::move(factory));
    if (m_doc && m_node.kind == kind) showPage(m_node);
}

void MainWindow::addDock(QDockWidget* dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    restoreDockWidget(dock);
}

void MainWindow::addReportAction(QAction* action)
{
    m_fileMenu->insertAction(m_reportActionsEnd, action);
}

bool MainWindow::openFile(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (m_doc && QFileInfo(m_doc->path()).absoluteFilePath() == abs) return true;
    auto opened = ReportDocument::open(abs, ReportDocument::Mode::ReadWrite);
    if (!opened) {
        const QString holder = ReportDocument::lockHolder(abs);
        if (!holder.isEmpty()) {
            const auto answer =
                MessageBox::question(this, tr("Report in use"),
                                     tr("%1 has this report open:\n%2\n\nOpen it read-only? You can read, "
                                        "search and print it, but "
                                        "not change it, so that no one's work is overwritten.")
                                         .arg(holder, QDir::toNativeSeparators(abs)),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer != QMessageBox::Yes) return false;
            opened = ReportDocument::open(abs, ReportDocument::Mode::ReadOnly);
        }
    }
    if (!opened) {
        MessageBox::warning(this, tr("Could not open the report"),
                            tr("The report could not be opened.\n\n%1").arg(opened.error().toString()));
        return false;
    }
    adoptDocument(opened.take());
    return true;
}

void MainWindow::adoptDocument(std::unique_ptr<ReportDocument> doc)
{
    closeDocument();
    m_doc = std::move(doc);
    m_session = new EditSession(m_doc.get(), m_undo, this);
    connect(m_session, &EditSession::failed, this, [this](const QString& message) {
        MessageBox::warning(this, tr("Change not saved"),
                            tr("The change could not be made.\n\n%1").arg(message));
    });
    m_session->rebuildFromHistory();
    m_model->setDocument(m_doc.get());
    m_find->setDocument(m_doc.get());
    if (m_doc->isReadOnly()) {
        const QString holder = ReportDocument::lockHolder(m_doc->path());
        m_banner->setText(holder.isEmpty()
                              ? tr("Read-only: this report cannot be changed here.")
                              : tr("Read-only: %1 has this report open. You can read, search and print it; "
                                   "close it there and reopen it here to make changes.")
                                    .arg(holder));
    }
    m_banner->setVisible(m_doc->isReadOnly());
    RecentFiles::add(m_doc->path());
    rebuildRecentMenu();
    m_tree->expandAll();
    updateTitle();
    updateActions();
    emit documentChanged(m_doc.get());
    selectNode(NavNode{NodeKind::Cover, {}});
}

void MainWindow::closeDocument()
{
    // Pages type through the session; they go first, then whatever was typed reaches the file.
    delete m_page;
    m_page = nullptr;
    if (m_session) m_session->flush();
    // From here the window has no report (document() and session() are null), but the report and its
    // session live on until every listener has let go of them: documentChanged(nullptr) tells the
    // panels, models and checks, which disconnect from the document they were given. Destroying the
    // report before telling them had them disconnect from freed memory (the crash on quitting and on
    // opening another report).
    std::unique_ptr<ReportDocument> closing = std::move(m_doc);
    std::unique_ptr<EditSession> session(std::exchange(m_session, nullptr));
    m_model->setDocument(nullptr);
    m_find->setDocument(nullptr);
    if (closing) emit documentChanged(nullptr);
    m_undo->clear(); // its steps point at the report
    session.reset();
    closing.reset();
    m_banner->hide();
    m_page = makeWelcome();
    m_pageHost->layout()->addWidget(m_page);
    updateTitle();
    updateActions();
}

void MainWindow::selectNode(const NavNode& node)
{
    const QModelIndex i = m_model->indexOf(node);
    if (!i.isValid()) return;
    // Already current (e.g. after reopening, the model reset restored it silently): no signal would come,
    // and the welcome page would stay although a report is open.
    if (m_tree->currentIndex() == i)
        showPage(node);
    else
        m_tree->setCurrentIndex(i);
}

void MainWindow::showPage(const NavNode& node)
{
    if (!m_doc) return;
    m_session->flush();
    m_node = node;
    delete m_page;
    const PageContext ctx{m_doc.get(), m_session, node};
    const auto f = m_factories.constFind(int(node.kind));
    m_page = f != m_factories.constEnd() ? (*f)(ctx) : makeDefaultPage(ctx);
    m_pageHost->layout()->addWidget(m_page);
    emit nodeSelected(node);
}

QWidget* MainWindow::makeDefaultPage(const PageContext& ctx)
{
    switch (ctx.node.kind) {
    case NodeKind::Cover:
        return new CoverPage(ctx);
    case NodeKind::Section:
    case NodeKind::Activity:
        return new SectionPage(ctx);
    default:
        return new TextListPage(ctx);
    }
}

QWidget* MainWindow::makeWelcome()
{
    auto* w = new QWidget;
    w->setObjectName(QStringLiteral("welcome"));
    auto* layout = new QVBoxLayout(w);
    auto* text = new QLabel(tr("No report is open. Open a report or start a new one."), w);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto* open = new QPushButton(tr("&Open a report…"), w);
    auto* create = new QPushButton(tr("Start a &new report…"), w);
    connect(open, &QPushButton::clicked, this, &MainWindow::openWithDialog);
    connect(create, &QPushButton::clicked, this, &MainWindow::newReport);
    layout->addStretch(1);
    layout->addWidget(text);
    layout->addWidget(open, 0, Qt::AlignHCenter);
    layout->addWidget(create, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return w;
}

void MainWindow::showPath(const FieldPath& path)
{
    if (!m_doc) return;
    selectNode(NavNode::forPath(path, m_doc->report()));
    if (!m_page) return;
    // Put the cursor in the text that was found, in the language it was found in.
    const QString editorName = QStringLiteral("bilingual:") + path.parent().toString();
    if (auto* editor = m_page->findChild<BilingualEditor*>(editorName))
        if (auto lang = languageFromCode(path.last())) editor->side(*lang)->editor()->setFocus();
}

void MainWindow::updateTitle()
{
    if (!m_doc) {
        setWindowTitle(tr("CPC Report Studio"));
        return;
    }
    QString title = tr("%1 — CPC Report Studio").arg(QFileInfo(m_doc->path()).fileName());
    if (m_doc->isReadOnly()) title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title);
    setWindowFilePath(m_doc->path());
}

void MainWindow::saveCopyAs()
{
    if (!m_doc) return;
    m_session->flush();
    const QString target =
        FileDialog::saveFileName(this, tr("Save a Copy As"), QFileInfo(m_doc->path()).absolutePath(),
                                 FileDialog::reportFilter(), QStringLiteral("cpcreport"));
    if (target.isEmpty()) return;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_doc->path()).absoluteFilePath()) {
        MessageBox::warning(this, tr("Save a Copy As"),
                            tr("Choose another name: this is the report itself."));
        return;
    }
    if (Status s = m_doc->saveCopy(target); !s)
        MessageBox::warning(this, tr("Save a Copy As"),
                            tr("The copy could not be saved.\n\n%1").arg(s.error().toString()));
}

void MainWindow::openWithDialog()
{
    const QString dir = m_doc ? QFileInfo(m_doc->path()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::openFileName(this, tr("Open Report"), dir, FileDialog::reportFilter());
    if (!path.isEmpty()) openFile(path);
}

// The wizard is ui/start's: it answers the action.
void MainWindow::newReport()
{
    m_new->trigger();
}

void MainWindow::showFind()
{
    m_findDock->show();
    m_findDock->raise();
    m_find->focusQuery();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_doc ? &m_doc->report() : nullptr, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    if (m_session) m_session->flush();
    geometrySetting().set(saveGeometry());
    stateSetting().set(saveState());
    closeDocument();
    e->accept();
}

} // namespace cpc
