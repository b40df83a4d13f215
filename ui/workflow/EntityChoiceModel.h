#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace cpc {

struct Report;

// The report's entities as a checklist: checked are those assigned to the current part. Checking or
// unchecking does not change anything itself; it asks (assignmentRequested) with the whole new list, so
// the change goes through the edit session like any other.
class EntityChoiceModel : public QAbstractListModel {
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setEntities(const Report& report, const QStringList& checked, bool editable);
    QStringList checkedIds() const { return m_checked; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void assignmentRequested(const QStringList& ids);

private:
    struct Row {
        QString id, label;
    };
    QList<Row> m_rows;
    QStringList m_checked;
    bool m_editable = false;
};

} // namespace cpc
