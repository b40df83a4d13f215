#pragma once

#include "editor/PageContext.h"
#include "model/FieldSchema.h"

#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;

namespace cpc {

class BilingualEditor;
class CheckListModel;

// The form of one activity: who carries it out (the report's entities), how far it has come, the forms of
// trafficking it addresses (the template's list), its review status, and its title and narrative in both
// languages, with the template's guidance for activities beside it.
class ActivityPage : public QWidget {
    Q_OBJECT
public:
    explicit ActivityPage(const PageContext& context, QWidget* parent = nullptr);

    QComboBox* statusBox() const { return m_status; }
    QComboBox* reviewBox() const { return m_review; }
    CheckListModel* responsibleModel() const { return m_responsible; }
    CheckListModel* traffickingModel() const { return m_types; }
    BilingualEditor* bodyEditor() const { return m_body; }

private:
    void refresh();
    void fillChoices();
    void setField(FieldKind field, const QJsonValue& value, const QString& undoText);

    PageContext m_ctx;
    QLabel* m_heading;
    QComboBox* m_status;
    QComboBox* m_review;
    CheckListModel* m_responsible;
    CheckListModel* m_types;
    QListView* m_responsibleView;
    QListView* m_typesView;
    BilingualEditor* m_title;
    BilingualEditor* m_body;
};

} // namespace cpc
