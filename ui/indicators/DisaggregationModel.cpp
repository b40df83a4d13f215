#include "indicators/DisaggregationModel.h"

#include "common/UnitFormat.h"
#include "indicators/BreakdownLabelModel.h"
#include "model/Paths.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"

#include <algorithm>
#include <cmath>

namespace cpc {

DisaggregationModel::DisaggregationModel(ReportDocument* doc, EditSession* session, QString indicatorId,
                                         QObject* parent)
    : IndicatorTableModel(doc, session, std::move(indicatorId), parent)
{
    reload();
}

void DisaggregationModel::setYear(int year)
{
    m_year = year;
    reload();
}

void DisaggregationModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (const Indicator* ind = indicator())
        for (const Disaggregation& d : ind->disaggregation.value(m_year))
            for (const DisaggregationCategory& c : d.categories)
                m_rows.append(Row{d.dimension, c.name, c.value});
    endResetModel();
}

FieldPath DisaggregationModel::categoryPath(const QString& dimension, const QString& category) const
{
    return Paths::indicatorBreakdownCategory(m_id, m_year, dimension, category);
}

bool DisaggregationModel::setCategory(const QString& dimension, const QString& category, double value)
{
    return m_session->edit({FieldChange{categoryPath(dimension.trimmed(), category.trimmed()), value, false}},
                           tr("Change breakdown of %1, year %2").arg(m_id).arg(m_year));
}

bool DisaggregationModel::removeCategory(int row)
{
    if (row < 0 || row >= m_rows.size()) return false;
    const Row r = m_rows[row];
    return m_session->edit(
        {FieldChange{categoryPath(r.dimension, r.category), QJsonValue(QJsonValue::Null), false}},
        tr("Remove breakdown category"));
}

std::optional<double> DisaggregationModel::actual() const
{
    const Indicator* ind = indicator();
    return ind ? ind->actuals.value(m_year) : std::nullopt;
}

QStringList DisaggregationModel::dimensions() const
{
    QStringList dims;
    if (const Indicator* ind = indicator())
        for (const auto& year : ind->disaggregation)
            for (const Disaggregation& d : year)
                if (!dims.contains(d.dimension)) dims << d.dimension;
    return dims;
}

QList<DisaggregationModel::Sum> DisaggregationModel::sums() const
{
    QList<Sum> out;
    const auto a = actual();
    for (const Row& r : m_rows) {
        auto it =
            std::find_if(out.begin(), out.end(), [&](const Sum& s) { return s.dimension == r.dimension; });
        if (it == out.end()) {
            out.append(Sum{r.dimension, 0, false});
            it = out.end() - 1;
        }
        it->total += r.value;
    }
    for (Sum& s : out)
        s.matches = a && std::abs(s.total - *a) < 1e-9;
    return out;
}

int DisaggregationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int DisaggregationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisaggregationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows[index.row()];
    const Indicator* ind = indicator();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        // Names, never codes: the labels the report prints (edited in the names table beside).
        if (index.column() == Dimension) return BreakdownLabelModel::shownName(m_doc->report(), r.dimension);
        if (index.column() == Category)
            return BreakdownLabelModel::shownName(m_doc->report(), r.dimension, r.category);
        if (index.column() == Value) return UnitFormat::format(r.value, ind ? ind->unit : Unit::Count);
    }
    if (role == Qt::EditRole && index.column() == Value) return UnitFormat::editText(r.value);
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DisaggregationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Dimension) return tr("Breakdown");
    if (section == Category) return tr("Category");
    if (section == Value) return tr("Value");
    return {};
}

bool DisaggregationModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != Value) return false;
    const QString text = value.toString().trimmed();
    const auto v = UnitFormat::parse(text);
    if (!v) {
        emit inputRefused(
            tr("\"%1\" is not a number. Write it like %2.").arg(text, UnitFormat::editText(1234.5)));
        return false;
    }
    const Row r = m_rows[index.row()];
    return setCategory(r.dimension, r.category, *v);
}

Qt::ItemFlags DisaggregationModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Value && !m_doc->isReadOnly()) f |= Qt::ItemIsEditable;
    return f;
}

} // namespace cpc
