#include "contributions/ReviewModel.h"

#include "common/FieldLabel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace cpc {

ReviewModel::ReviewModel(const MergePlan& plan, const Report& report, QObject* parent)
    : QAbstractTableModel(parent), m_plan(plan)
{
    for (const MergeItem& i : m_plan.items) {
        m_labels << FieldLabel::describe(report, i.path);
        m_taken << (i.kind == MergeItem::Kind::Change);
        m_cells << std::array<QString, 3>{FieldLabel::readable(report, i.path, i.requested, 80),
                                          FieldLabel::readable(report, i.path, i.current, 80),
                                          FieldLabel::readable(report, i.path, i.returned, 80)};
        m_tips << std::array<QString, 3>{FieldLabel::readable(report, i.path, i.requested, -1),
                                         FieldLabel::readable(report, i.path, i.current, -1),
                                         FieldLabel::readable(report, i.path, i.returned, -1)};
    }
}

QString ReviewModel::kindName(MergeItem::Kind kind)
{
    switch (kind) {
    case MergeItem::Kind::Change:
        return tr("Change");
    case MergeItem::Kind::Conflict:
        return tr("Conflict");
    case MergeItem::Kind::Refused:
        return tr("Refused");
    }
    return QString();
}

QSet<int> ReviewModel::rejected() const
{
    QSet<int> out;
    for (int i = 0; i < m_taken.size(); ++i)
        if (m_plan.items.at(i).kind == MergeItem::Kind::Change && !m_taken.at(i)) out.insert(i);
    return out;
}

QSet<int> ReviewModel::takeReturned() const
{
    QSet<int> out;
    for (int i = 0; i < m_taken.size(); ++i)
        if (m_plan.items.at(i).kind == MergeItem::Kind::Conflict && m_taken.at(i)) out.insert(i);
    return out;
}

bool ReviewModel::isTaken(int row) const
{
    return m_taken.value(row);
}

void ReviewModel::setTaken(int row, bool take)
{
    if (row < 0 || row >= m_taken.size() || m_plan.items.at(row).kind == MergeItem::Kind::Refused) return;
    if (m_taken[row] == take && !(take && m_combined.contains(row))) return;
    m_taken[row] = take;
    if (take) m_combined.remove(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit decisionsChanged();
}

void ReviewModel::setCombined(int row, const QString& markdown)
{
    if (row < 0 || row >= m_taken.size() || m_plan.items.at(row).kind != MergeItem::Kind::Conflict) return;
    m_combined.insert(row, markdown);
    m_taken[row] = false;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit decisionsChanged();
}

QHash<int, QJsonValue> ReviewModel::combined() const
{
    QHash<int, QJsonValue> out;
    for (auto it = m_combined.cbegin(); it != m_combined.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

void ReviewModel::setAllChanges(bool take)
{
    for (int i = 0; i < m_taken.size(); ++i)
        if (m_plan.items.at(i).kind == MergeItem::Kind::Change) m_taken[i] = take;
    if (!m_taken.isEmpty()) emit dataChanged(index(0, 0), index(int(m_taken.size()) - 1, ColumnCount - 1));
    emit decisionsChanged();
}

int ReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plan.items.size());
}
int ReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.items.size()) return {};
    const MergeItem& item = m_plan.items.at(index.row());
    const bool taken = m_taken.at(index.row());
    const int col = index.column();
    if (role == Qt::CheckStateRole && col == DecisionColumn && item.kind != MergeItem::Kind::Refused)
        return taken ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole) {
        switch (col) {
        case DecisionColumn:
            if (item.kind == MergeItem::Kind::Change) return taken ? tr("Accept") : tr("Reject");
            if (item.kind == MergeItem::Kind::Conflict)
                return m_combined.contains(index.row()) ? tr("Use combined version")
                       : taken                          ? tr("Take returned")
                                                        : tr("Keep current");
            return tr("Not taken");
        case FieldColumn:
            return m_labels.at(index.row());
        case KindColumn:
            return kindName(item.kind);
        case RequestedColumn:
        case CurrentColumn:
        case ReturnedColumn:
            return m_cells.at(index.row()).at(size_t(col - RequestedColumn));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (col >= RequestedColumn && col <= ReturnedColumn)
            return m_tips.at(index.row()).at(size_t(col - RequestedColumn));
        if (col == FieldColumn) return m_labels.at(index.row());
    }
    if (role == Qt::FontRole && col == KindColumn && item.kind != MergeItem::Kind::Change) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && item.kind == MergeItem::Kind::Refused && col != FieldColumn)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::UserRole) return int(item.kind);
    return {};
}

bool ReviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != DecisionColumn) return false;
    if (m_plan.items.value(index.row()).kind == MergeItem::Kind::Refused) return false;
    setTaken(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags ReviewModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == DecisionColumn && m_plan.items.value(index.row()).kind != MergeItem::Kind::Refused)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case DecisionColumn:
        return tr("Decision");
    case FieldColumn:
        return tr("Field");
    case KindColumn:
        return tr("Kind");
    case RequestedColumn:
        return tr("As sent");
    case CurrentColumn:
        return tr("In the report now");
    case ReturnedColumn:
        return tr("Came back");
    default:
        return {};
    }
}

} // namespace cpc
