#include "workflow/EntityChoiceModel.h"

#include "common/EntityLabel.h"
#include "model/Report.h"

namespace cpc {

void EntityChoiceModel::setEntities(const Report& report, const QStringList& checked, bool editable)
{
    beginResetModel();
    m_rows.clear();
    for (const Entity& e : report.entities) {
        m_rows.append({e.id, EntityLabel::of(e)});
    }
    m_checked = checked;
    m_editable = editable;
    endResetModel();
}

int EntityChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EntityChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) return r.label;
    if (role == Qt::CheckStateRole) return m_checked.contains(r.id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::UserRole) return r.id;
    return {};
}

bool EntityChoiceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || role != Qt::CheckStateRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    const QString id = m_rows.at(index.row()).id;
    const bool check = value.toInt() == Qt::Checked;
    QStringList next;
    // Keep the report's order of entities, so the stored list does not depend on click order.
    for (const Row& r : m_rows)
        if (r.id == id ? check : m_checked.contains(r.id)) next << r.id;
    if (next == m_checked) return false;
    emit assignmentRequested(next);
    return true;
}

Qt::ItemFlags EntityChoiceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (m_editable) f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace cpc
