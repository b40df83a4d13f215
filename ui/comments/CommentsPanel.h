#pragma once

#include "model/Comment.h"
#include "navigator/NavNode.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace cpc {

class CommentsModel;
class EditSession;

// The Comments panel: the thread on the chosen section, activity or indicator, and the means to add a
// comment, reply to one, and resolve or reopen the thread. Comments are written as an entity (in a
// contribution file, always its entity) and travel with requests and contributions.
class CommentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit CommentsPanel(QWidget* parent = nullptr);

    void setSession(EditSession* session);
    void setNode(const NavNode& node);

    CommentsModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    QPlainTextEdit* editor() const { return m_text; }
    QComboBox* authorBox() const { return m_author; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* replyButton() const { return m_reply; }
    QPushButton* resolveButton() const { return m_resolve; }

public slots:
    void addComment();
    void reply();
    void toggleResolved();

private:
    void refresh();
    void fillAuthors();
    void post(const QString& text);
    bool write(const QList<Comment>& comments, const QString& stepName);

    EditSession* m_session = nullptr;
    NavNode m_node;
    QString m_kind;
    CommentsModel* m_model;
    QLabel* m_title;
    QLabel* m_state;
    QListView* m_list;
    QLabel* m_asLabel = nullptr;
    QComboBox* m_author;
    QPlainTextEdit* m_text;
    QPushButton* m_add;
    QPushButton* m_reply;
    QPushButton* m_resolve;
};

} // namespace cpc
