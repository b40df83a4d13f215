#include "contributions/ReviewModel.h"

#include "contributions/FieldLabel.h"

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
    if (m_taken[row] == take) return;
    m_taken[row] = take;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit decisionsChanged();
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
                return taken ? tr("Take returned") : tr("Keep current");
            return tr("Not taken");
        case FieldColumn:
            return m_labels.at(index.row());
        case KindColumn:
            return kindName(item.kind);
        case RequestedColumn:
            return FieldLabel::value(item.requested, 80);
        case CurrentColumn:
            return FieldLabel::value(item.current, 80);
        case ReturnedColumn:
            return FieldLabel::value(item.returned, 80);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (col == RequestedColumn) return FieldLabel::fullText(item.requested);
        if (col == CurrentColumn) return FieldLabel::fullText(item.current);
        if (col == ReturnedColumn) return FieldLabel::fullText(item.returned);
        if (col == FieldColumn) return item.path.toString();
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
