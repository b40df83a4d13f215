#include "indicators/IndicatorYearModel.h"

#include "common/UnitFormat.h"
#include "model/Paths.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace cpc {

IndicatorYearModel::IndicatorYearModel(ReportDocument* doc, EditSession* session, QString indicatorId,
                                       double varianceThreshold, QObject* parent)
    : IndicatorTableModel(doc, session, std::move(indicatorId), parent), m_threshold(varianceThreshold)
{
    reload();
}

void IndicatorYearModel::reload()
{
    // Every year up to this report's, and any later year that already has a figure (targets agreed ahead).
    QList<int> years;
    const Indicator* ind = indicator();
    int last = m_doc->report().info.reportingYear;
    if (ind) {
        if (!ind->targets.isEmpty()) last = std::max(last, ind->targets.lastKey());
        if (!ind->actuals.isEmpty()) last = std::max(last, ind->actuals.lastKey());
    }
    for (int y = 1; y <= last; ++y)
        years << y;
    if (years != m_years) {
        beginResetModel();
        m_years = years;
        endResetModel();
    } else if (!m_years.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

IndicatorProgress IndicatorYearModel::progress(int year) const
{
    const Indicator* ind = indicator();
    return ind ? IndicatorProgress::compute(*ind, year, m_threshold) : IndicatorProgress{};
}

int IndicatorYearModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}
int IndicatorYearModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorYearModel::data(const QModelIndex& index, int role) const
{
    const Indicator* ind = indicator();
    if (!ind || !index.isValid() || index.row() >= m_years.size()) return {};
    const int year = m_years[index.row()];
    const IndicatorProgress p = progress(year);
    if (role == YearRole) return year;
    if (role == NeedsExplanationRole) return p.needsExplanation;
    const auto figure = [&](const QMap<int, std::optional<double>>& map) -> std::optional<double> {
        return map.value(year);
    };
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case Year:
            return year == m_doc->report().info.reportingYear ? tr("Year %1 (this report)").arg(year)
                                                              : tr("Year %1").arg(year);
        case Target:
        case Actual: {
            const auto v = figure(column == Target ? ind->targets : ind->actuals);
            return v ? UnitFormat::format(*v, ind->unit) : QString();
        }
        case Percent:
            return p.percentOfTarget ? UnitFormat::percent(*p.percentOfTarget) : QString();
        case Status: {
            QString s = UnitFormat::progressName(IndicatorProgress::statusId(p.status));
            if (p.needsExplanation && !ind->varianceExplanation.contains(year))
                s += QStringLiteral(" — ") + tr("explanation needed");
            return s;
        }
        default:
            return {};
        }
    }
    if (role == Qt::EditRole && (column == Target || column == Actual)) {
        const auto v = figure(column == Target ? ind->targets : ind->actuals);
        return v ? UnitFormat::editText(*v) : QString();
    }
    if (role == Qt::TextAlignmentRole && column != Year && column != Status)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Percent && ind->cumulative)
        return tr("Cumulative indicator: the running total since the baseline is compared with the target.");
    if (role == Qt::ToolTipRole && column == Status && p.needsExplanation)
        return tr("The result is %1 short of the target: explain why below.")
            .arg(UnitFormat::percent(p.deviationPercent));
    if (role == Qt::FontRole && year == m_doc->report().info.reportingYear) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && column == Status) {
        // Colours that read on light and dark palettes alike.
        if (p.status == ProgressStatus::OffTrack) return QBrush(QColor(0xd3, 0x2f, 0x2f));
        if (p.status == ProgressStatus::Achieved) return QBrush(QColor(0x2e, 0x8b, 0x3e));
    }
    return {};
}

QVariant IndicatorYearModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Year:
        return tr("Year");
    case Target:
        return tr("Target");
    case Actual:
        return tr("Actual");
    case Percent:
        return tr("% of target");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

bool IndicatorYearModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || (index.column() != Target && index.column() != Actual))
        return false;
    const int year = m_years.value(index.row());
    const QString text = value.toString().trimmed();
    QJsonValue json(QJsonValue::Null); // empty: not reported yet
    if (!text.isEmpty()) {
        const auto v = UnitFormat::parse(text);
        if (!v) {
            emit inputRefused(
                tr("\"%1\" is not a number. Write it like %2.").arg(text, UnitFormat::editText(1234.5)));
            return false;
        }
        json = *v;
    }
    const bool target = index.column() == Target;
    const FieldPath path = target ? Paths::indicatorTarget(m_id, year) : Paths::indicatorActual(m_id, year);
    return m_session->edit({FieldChange{path, json, false}},
                           target ? tr("Change target of %1, year %2").arg(m_id).arg(year)
                                  : tr("Change result of %1, year %2").arg(m_id).arg(year));
}

Qt::ItemFlags IndicatorYearModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if ((index.column() == Target || index.column() == Actual) && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace cpc
