#include "activities/CheckListModel.h"

namespace cpc {

void CheckListModel::setChoices(const QList<Choice>& choices)
{
    beginResetModel();
    m_choices = choices;
    endResetModel();
}

void CheckListModel::setChecked(const QStringList& ids)
{
    m_checked = ids;
    if (!m_choices.isEmpty()) emit dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
}

QStringList CheckListModel::checkedIds() const
{
    // In the order of the list, so the stored order does not depend on the order of the clicks; ids the
    // report holds that are not choices (an entity removed from the list) are kept at the end.
    QStringList ids;
    for (const Choice& c : m_choices)
        if (m_checked.contains(c.id)) ids << c.id;
    for (const QString& id : m_checked)
        if (!ids.contains(id)) ids << id;
    return ids;
}

int CheckListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant CheckListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_choices.size()) return {};
    const Choice& c = m_choices[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return c.label;
    case Qt::ToolTipRole:
        return c.toolTip.isEmpty() ? QVariant() : c.toolTip;
    case Qt::CheckStateRole:
        return m_checked.contains(c.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::UserRole:
        return c.id;
    default:
        return {};
    }
}

bool CheckListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || !m_editable) return false;
    const QString id = m_choices[index.row()].id;
    const bool on = value.toInt() == Qt::Checked;
    if (on == m_checked.contains(id)) return false;
    if (on)
        m_checked << id;
    else
        m_checked.removeAll(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit toggled(checkedIds());
    return true;
}

Qt::ItemFlags CheckListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable) f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace cpc
