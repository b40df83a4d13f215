#pragma once

#include "navigator/NavNode.h"

#include <QObject>
#include <QPoint>

class QAction;
class QMenu;

namespace cpc {

class WindowShell;

// Adds, moves and removes the activities and indicators of a report, adds glossary terms and entities, and
// removes and adds back the sections its template marks optional, from the window: in the Edit menu,
// on the Structure toolbar and in the navigator's context menu. Each is one undoable step through the
// window's EditSession (so ReportDocument::apply checks locks and a partner's assignment); the changes
// themselves come from core's StructureChanges.
class StructureEditing : public QObject {
    Q_OBJECT
public:
    explicit StructureEditing(WindowShell& window);

    QAction* addActivityAction() const { return m_addActivity; }
    QAction* addIndicatorAction() const { return m_addIndicator; }
    QAction* moveUpAction() const { return m_up; }
    QAction* moveDownAction() const { return m_down; }
    QAction* removeAction() const { return m_remove; }
    QAction* addTermAction() const { return m_addTerm; }
    QAction* addEntityAction() const { return m_addEntity; }
    // One action per optional template section the report does not have, named by its title.
    QMenu* addSectionMenu() const { return m_addSection; }

    // The one the window carries (nullptr before installStructureEditing).
    static StructureEditing* of(const WindowShell& window);

private:
    void update();
    void addActivity();
    void addIndicator();
    void addTerm();
    void addEntity();
    void addSection(const QString& id);
    void updateAddSection();
    void move(int step);
    void removeCurrent();
    void removeSection(const QString& id);
    // A clear refusal, before trying, when the part is approved; true when it may be changed.
    bool mayChange(const NavNode& node);
    void showContextMenu(const QPoint& at);

    WindowShell& m_window;
    QAction* m_addActivity;
    QAction* m_addIndicator;
    QAction* m_up;
    QAction* m_down;
    QAction* m_remove;
    QAction* m_addTerm;
    QAction* m_addEntity;
    QMenu* m_addSection;
};

void installStructureEditing(WindowShell& window);

} // namespace cpc
