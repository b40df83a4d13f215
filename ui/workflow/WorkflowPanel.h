#pragma once

#include "model/Workflow.h"
#include "navigator/NavNode.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace cpc {

class EditSession;
class EntityChoiceModel;
class ReportDocument;

// The Review panel: for the chosen section, activity or indicator, who is assigned to write it and where
// it stands (not started → drafting → submitted → returned with the reviewer's reason → approved), with
// the steps the user may take from there. In a contribution file the partner may only submit its own
// parts; returning, approving and assigning stay with the coordinator.
class WorkflowPanel : public QWidget {
    Q_OBJECT
public:
    explicit WorkflowPanel(QWidget* parent = nullptr);

    void setSession(EditSession* session); // nullptr when no report is open
    void setNode(const NavNode& node);

    QPushButton* submitButton() const { return m_submit; }
    QPushButton* returnButton() const { return m_return; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* reopenButton() const { return m_reopen; }
    QLabel* statusLabel() const { return m_status; }
    EntityChoiceModel* entityModel() const { return m_entities; }

public slots:
    void refresh();
    void submit();
    void returnForChanges();
    void approve();
    void reopen();

private:
    bool setStatus(ReviewStatus status, const QString& reason, const QString& stepName);
    void assign(const QStringList& ids);

    EditSession* m_session = nullptr;
    NavNode m_node;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_hint;
    QPushButton* m_submit;
    QPushButton* m_return;
    QPushButton* m_approve;
    QPushButton* m_reopen;
    QLabel* m_assignedLabel;
    QListView* m_list;
    EntityChoiceModel* m_entities;
};

} // namespace cpc
