#include "structure/StructureEditing.h"

#include "common/MessageBox.h"
#include "common/UiLanguage.h"
#include "edit/SectionChanges.h"
#include "edit/StructureChanges.h"
#include "merge/ContributionRequest.h"
#include "navigator/ReportTreeModel.h"
#include "storage/ReportDocument.h"
#include "structure/NewPartDialog.h"
#include "template/Template.h"
#include "undo/EditSession.h"
#include "window/WindowShell.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>
#include <QTreeView>

namespace cpc {

namespace {

const char* const kProperty = "cpcStructureEditing";

// The objective section a node belongs to (an objective section itself, or an activity's), or nullptr.
const Section* objectiveSectionOf(const Report& r, const NavNode& n)
{
    if (n.kind == NodeKind::Section) {
        const Section* s = r.section(n.id);
        return s && s->isObjective() ? s : nullptr;
    }
    if (n.kind == NodeKind::Activity) {
        const Section* owner = nullptr;
        return r.activity(n.id, &owner) ? owner : nullptr;
    }
    return nullptr;
}

int objectiveOf(const Report& r, const NavNode& n)
{
    if (n.kind == NodeKind::IndicatorObjective) return n.id.toInt();
    if (n.kind == NodeKind::Indicator) return r.indicator(n.id) ? r.indicator(n.id)->objective : 0;
    const Section* s = objectiveSectionOf(r, n);
    return s ? s->objective : 0;
}

QString shown(const BiText& t)
{
    return UiLanguage::pick(t.en(), t.es());
}

} // namespace

StructureEditing::StructureEditing(WindowShell& window)
    : QObject(&window), m_window(window), m_addActivity(new QAction(tr("Add &Activity…"), this)),
      m_addIndicator(new QAction(tr("Add &Indicator…"), this)), m_up(new QAction(tr("Move &Up"), this)),
      m_down(new QAction(tr("Move Do&wn"), this)), m_remove(new QAction(tr("&Remove…"), this)),
      m_addTerm(new QAction(tr("Add Glossary &Term…"), this)),
      m_addEntity(new QAction(tr("Add &Entity…"), this)), m_addSection(new QMenu(tr("Add &Section")))
{
    connect(this, &QObject::destroyed, m_addSection, &QObject::deleteLater);
    m_addSection->setObjectName(QStringLiteral("menuAddSection"));
    m_addSection->setToolTip(
        tr("Sections the report's template lets you leave out, and that this report does not have"));
    window.setProperty(kProperty, QVariant::fromValue(static_cast<QObject*>(this)));
    m_addActivity->setObjectName(QStringLiteral("actionAddActivity"));
    m_addIndicator->setObjectName(QStringLiteral("actionAddIndicator"));
    m_up->setObjectName(QStringLiteral("actionMoveUp"));
    m_down->setObjectName(QStringLiteral("actionMoveDown"));
    m_remove->setObjectName(QStringLiteral("actionRemovePart"));
    m_addTerm->setObjectName(QStringLiteral("actionAddTerm"));
    m_addEntity->setObjectName(QStringLiteral("actionAddEntity"));
    m_addActivity->setToolTip(tr("Add an activity to the objective chosen in the navigator"));
    m_addIndicator->setToolTip(tr("Add a performance indicator"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    connect(m_addActivity, &QAction::triggered, this, &StructureEditing::addActivity);
    connect(m_addIndicator, &QAction::triggered, this, &StructureEditing::addIndicator);
    connect(m_up, &QAction::triggered, this, [this] { move(-1); });
    connect(m_down, &QAction::triggered, this, [this] { move(1); });
    connect(m_remove, &QAction::triggered, this, &StructureEditing::removeCurrent);
    connect(m_addTerm, &QAction::triggered, this, &StructureEditing::addTerm);
    connect(m_addEntity, &QAction::triggered, this, &StructureEditing::addEntity);

    QMenu* edit = window.editMenu();
    edit->addSeparator();
    for (QAction* a : {m_addActivity, m_addIndicator, m_up, m_down, m_remove})
        edit->addAction(a);
    edit->addAction(m_addTerm);
    edit->addAction(m_addEntity);
    edit->addMenu(m_addSection);

    auto* bar = new QToolBar(tr("Structure"), &window);
    bar->setObjectName(QStringLiteral("structureToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_addActivity);
    bar->addAction(m_addIndicator);
    window.addToolBar(Qt::TopToolBarArea, bar);

    QTreeView* tree = window.navigator();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, &StructureEditing::showContextMenu);
    connect(&window, &WindowShell::nodeSelected, this, &StructureEditing::update);
    connect(&window, &WindowShell::documentChanged, this, [this](ReportDocument* doc) {
        if (doc) connect(doc, &ReportDocument::changed, this, &StructureEditing::update);
        update();
    });
    update();
}

StructureEditing* StructureEditing::of(const WindowShell& window)
{
    return qobject_cast<StructureEditing*>(window.property(kProperty).value<QObject*>());
}

void StructureEditing::update()
{
    const ReportDocument* doc = m_window.document();
    const bool writable = doc && !doc->isReadOnly();
    const NavNode n = m_window.currentNode();
    const Report* r = doc ? &doc->report() : nullptr;
    m_addActivity->setEnabled(writable && objectiveSectionOf(*r, n));
    m_addIndicator->setEnabled(writable);
    m_addTerm->setEnabled(writable);
    m_addEntity->setEnabled(writable);
    const bool activity = writable && n.kind == NodeKind::Activity && r->activity(n.id);
    const bool indicator = writable && n.kind == NodeKind::Indicator && r->indicator(n.id);
    const bool section = writable && n.kind == NodeKind::Section &&
                         SectionChanges::removable(*r, doc->reportTemplate().get(), n.id);
    m_remove->setEnabled(activity || indicator || section);
    updateAddSection();
    m_up->setEnabled((activity && StructureChanges::canMoveActivity(*r, n.id, -1)) ||
                     (indicator && StructureChanges::canMoveIndicator(*r, n.id, -1)));
    m_down->setEnabled((activity && StructureChanges::canMoveActivity(*r, n.id, 1)) ||
                       (indicator && StructureChanges::canMoveIndicator(*r, n.id, 1)));
}

bool StructureEditing::mayChange(const NavNode& n)
{
    const ReportDocument& doc = *m_window.document();
    const Report& r = doc.report();
    if (const auto request = ContributionRequest::of(doc)) {
        const Entity* e = r.entity(request->entity);
        const QString who = e ? shown(e->name) : request->entity;
        MessageBox::information(
            &m_window, tr("Not in this contribution"),
            tr("This copy is %1's contribution: you write the parts assigned to you. Activities "
               "and indicators are added, moved and removed by the coordinator in the report "
               "itself.")
                .arg(who.isEmpty() ? request->entity : who));
        return false;
    }
    const Section* owner = nullptr;
    const Activity* a = n.kind == NodeKind::Activity ? r.activity(n.id, &owner) : nullptr;
    const Section* section = n.kind == NodeKind::Section ? r.section(n.id) : owner;
    const Indicator* ind = n.kind == NodeKind::Indicator ? r.indicator(n.id) : nullptr;
    QString why;
    if (section && section->review.isApproved())
        why = tr("“%1” is approved, so it is locked. Reopen it (Review) to change its activities.")
                  .arg(shown(section->title));
    else if (a && a->review.isApproved())
        why = tr("This activity is approved, so it is locked. Reopen it (Review) to change it.");
    else if (ind && ind->review.isApproved())
        why = tr("This indicator is approved, so it is locked. Reopen it (Review) to change it.");
    if (why.isEmpty()) return true;
    MessageBox::information(&m_window, tr("Locked"), why);
    return false;
}

void StructureEditing::addActivity()
{
    ReportDocument* doc = m_window.document();
    if (!doc) return;
    const Section* s = objectiveSectionOf(doc->report(), m_window.currentNode());
    if (!s) return;
    if (!mayChange(NavNode{NodeKind::Section, s->id})) return;
    const QString sectionId = s->id;
    const auto answer = NewPartDialog::ask(NewPartDialog::Part::Activity, {}, s->objective, &m_window);
    if (!answer) return;
    auto added = StructureChanges::addActivity(doc->report(), sectionId, answer->title);
    if (!added) {
        MessageBox::warning(&m_window, tr("Add Activity"), added.error().message);
        return;
    }
    if (m_window.session()->edit(added->changes, tr("Add activity %1").arg(added->id)))
        m_window.selectNode(NavNode{NodeKind::Activity, added->id});
}

void StructureEditing::addIndicator()
{
    ReportDocument* doc = m_window.document();
    if (!doc) return;
    if (!mayChange(NavNode{NodeKind::IndicatorsRoot, {}})) return;
    const Report& r = doc->report();
    NewPartDialog::Objectives objectives;
    for (const Section& s : r.sections)
        if (s.isObjective() && s.objective >= 1 && s.objective <= 4)
            objectives.append({s.objective, shown(s.title)});
    if (objectives.isEmpty())
        for (int o = 1; o <= 4; ++o)
            objectives.append({o, tr("Objective %1").arg(o)});
    const auto answer = NewPartDialog::ask(NewPartDialog::Part::Indicator, objectives,
                                           objectiveOf(r, m_window.currentNode()), &m_window);
    if (!answer) return;
    auto added = StructureChanges::addIndicator(doc->report(), answer->objective, answer->title);
    if (!added) {
        MessageBox::warning(&m_window, tr("Add Indicator"), added.error().message);
        return;
    }
    if (m_window.session()->edit(added->changes, tr("Add indicator %1").arg(added->id)))
        m_window.selectNode(NavNode{NodeKind::Indicator, added->id});
}

void StructureEditing::addTerm()
{
    ReportDocument* doc = m_window.document();
    if (!doc || !mayChange(NavNode{NodeKind::Glossary, {}})) return;
    const auto answer = NewPartDialog::ask(NewPartDialog::Part::GlossaryTerm, {}, 0, &m_window);
    if (!answer) return;
    auto added = StructureChanges::addGlossaryTerm(doc->report(), answer->title);
    if (!added) {
        MessageBox::warning(&m_window, tr("Add Glossary Term"), added.error().message);
        return;
    }
    if (m_window.session()->edit(added->changes, tr("Add glossary term")))
        m_window.selectNode(NavNode{NodeKind::Glossary, {}});
}

void StructureEditing::addEntity()
{
    ReportDocument* doc = m_window.document();
    if (!doc || !mayChange(NavNode{NodeKind::Entities, {}})) return;
    const auto answer = NewPartDialog::ask(NewPartDialog::Part::Entity, {}, 0, &m_window);
    if (!answer) return;
    const QString kind = answer->kind.isEmpty() ? QStringLiteral("other") : answer->kind;
    auto added = StructureChanges::addEntity(doc->report(), kind, answer->acronym, answer->title);
    if (!added) {
        MessageBox::warning(&m_window, tr("Add Entity"), added.error().message);
        return;
    }
    if (m_window.session()->edit(added->changes, tr("Add entity")))
        m_window.selectNode(NavNode{NodeKind::Entities, {}});
}

void StructureEditing::move(int step)
{
    ReportDocument* doc = m_window.document();
    const NavNode n = m_window.currentNode();
    if (!doc || !mayChange(n)) return;
    const bool activity = n.kind == NodeKind::Activity;
    auto changes = activity ? StructureChanges::moveActivity(doc->report(), n.id, step)
                            : StructureChanges::moveIndicator(doc->report(), n.id, step);
    if (!changes) return; // already first or last: the action was about to be disabled
    const QString text = activity ? tr("Move activity %1").arg(n.id) : tr("Move indicator %1").arg(n.id);
    if (m_window.session()->edit(changes.value(), text)) m_window.selectNode(n);
}

void StructureEditing::removeCurrent()
{
    ReportDocument* doc = m_window.document();
    const NavNode n = m_window.currentNode();
    if (!doc || !mayChange(n)) return;
    const Report& r = doc->report();
    if (n.kind == NodeKind::Section) return removeSection(n.id);
    const Section* owner = nullptr;
    const bool activity = n.kind == NodeKind::Activity;
    QString question;
    if (activity && r.activity(n.id, &owner))
        question = tr("Remove activity %1 “%2”, with its narrative and comments?")
                       .arg(n.id, shown(r.activity(n.id)->title));
    else if (!activity && r.indicator(n.id))
        question = tr("Remove indicator %1 “%2”, with its figures and comments?")
                       .arg(n.id, shown(r.indicator(n.id)->name));
    else
        return;
    question += QStringLiteral("\n\n") + tr("You can bring it back with Edit > Undo.");
    if (MessageBox::question(&m_window, activity ? tr("Remove Activity") : tr("Remove Indicator"),
                             question) != QMessageBox::Yes)
        return;
    auto changes =
        activity ? StructureChanges::removeActivity(r, n.id) : StructureChanges::removeIndicator(r, n.id);
    if (!changes) return;
    const NavNode after =
        activity ? NavNode{NodeKind::Section, owner->id} : NavNode{NodeKind::IndicatorsRoot, {}};
    const QString text = activity ? tr("Remove activity %1").arg(n.id) : tr("Remove indicator %1").arg(n.id);
    if (m_window.session()->edit(changes.value(), text)) m_window.selectNode(after);
}

void StructureEditing::removeSection(const QString& id)
{
    ReportDocument* doc = m_window.document();
    const Report& r = doc->report();
    const Section* s = r.section(id);
    if (!s) return;
    QString question = s->activities.isEmpty()
                           ? tr("Remove the section “%1”, with its text and comments?").arg(shown(s->title))
                           : tr("Remove the section “%1”, with its text, its activities and their comments?")
                                 .arg(shown(s->title));
    question +=
        QStringLiteral("\n\n") +
        tr("You can bring it back with Edit > Undo, or add it again, empty, with Edit > Add Section.");
    if (MessageBox::question(&m_window, tr("Remove Section"), question) != QMessageBox::Yes) return;
    auto changes = SectionChanges::remove(r, doc->reportTemplate().get(), id);
    if (!changes) {
        MessageBox::warning(&m_window, tr("Remove Section"), changes.error().message);
        return;
    }
    const QString text = tr("Remove section “%1”").arg(shown(s->title));
    if (m_window.session()->edit(changes.value(), text)) m_window.selectNode(NavNode{NodeKind::Cover, {}});
}

void StructureEditing::updateAddSection()
{
    m_addSection->clear();
    const ReportDocument* doc = m_window.document();
    const auto t = doc ? doc->reportTemplate() : nullptr;
    const bool writable = doc && !doc->isReadOnly() && !ContributionRequest::of(*doc);
    if (writable && t)
        for (const TemplateSection& ts : SectionChanges::addable(doc->report(), *t)) {
            QAction* a = m_addSection->addAction(shown(ts.title));
            a->setObjectName(QStringLiteral("actionAddSection:") + ts.id);
            connect(a, &QAction::triggered, this, [this, id = ts.id] { addSection(id); });
        }
    m_addSection->setEnabled(!m_addSection->isEmpty());
}

void StructureEditing::addSection(const QString& id)
{
    ReportDocument* doc = m_window.document();
    const auto t = doc ? doc->reportTemplate() : nullptr;
    if (!t) return;
    auto changes = SectionChanges::add(doc->report(), *t, id);
    if (!changes) {
        MessageBox::warning(&m_window, tr("Add Section"), changes.error().message);
        return;
    }
    const TemplateSection* ts = t->section(id);
    if (m_window.session()->edit(changes.value(), tr("Add section “%1”").arg(shown(ts->title))))
        m_window.selectNode(NavNode{NodeKind::Section, id});
}

void StructureEditing::showContextMenu(const QPoint& at)
{
    QTreeView* tree = m_window.navigator();
    const QModelIndex i = tree->indexAt(at);
    if (i.isValid()) tree->setCurrentIndex(i);
    update();
    QMenu menu(tree);
    const NodeKind kind = m_window.currentNode().kind;
    for (QAction* a : {m_addActivity, m_addIndicator})
        if (a->isEnabled()) menu.addAction(a);
    if (kind == NodeKind::Glossary) menu.addAction(m_addTerm);
    if (kind == NodeKind::Entities) menu.addAction(m_addEntity);
    if (m_up->isEnabled() || m_down->isEnabled() || m_remove->isEnabled()) menu.addSeparator();
    for (QAction* a : {m_up, m_down, m_remove})
        if (a->isEnabled()) menu.addAction(a);
    if (m_addSection->isEnabled() && (kind == NodeKind::Section || kind == NodeKind::Cover)) {
        menu.addSeparator();
        menu.addMenu(m_addSection);
    }
    if (!menu.isEmpty()) menu.exec(tree->viewport()->mapToGlobal(at));
}

void installStructureEditing(WindowShell& window)
{
    new StructureEditing(window);
}

} // namespace cpc
