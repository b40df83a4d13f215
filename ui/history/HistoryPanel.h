#pragma once

#include "navigator/NavNode.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace cpc {

class EditSession;
class HistoryModel;

// The History panel: for a text or value of the chosen part, who changed it, when, from what to what.
// One chosen change shows its differences word by word; two chosen changes show what differs between
// those versions. An earlier version can be restored, which is itself a recorded, undoable edit.
class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget* parent = nullptr);

    void setSession(EditSession* session);
    void setNode(const NavNode& node);
    // Shows the history of `path` (a field of the current node).
    bool showField(const FieldPath& path);

    HistoryModel* model() const { return m_model; }
    QComboBox* fieldBox() const { return m_field; }
    QTableView* table() const { return m_table; }
    QTextBrowser* diff() const { return m_diff; }
    QPushButton* restoreBeforeButton() const { return m_restoreBefore; }
    QPushButton* restoreAfterButton() const { return m_restoreAfter; }

public slots:
    void restoreBefore();
    void restoreAfter();

private:
    void fillFields();
    void selectionChanged();
    QList<int> selectedRows() const;
    void restore(bool before);

    EditSession* m_session = nullptr;
    NavNode m_node;
    HistoryModel* m_model;
    QLabel* m_title;
    QComboBox* m_field;
    QTableView* m_table;
    QTextBrowser* m_diff;
    QLabel* m_message;
    QPushButton* m_restoreBefore;
    QPushButton* m_restoreAfter;
};

} // namespace cpc
