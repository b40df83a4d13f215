#pragma once

#include "indicators/IndicatorTableModel.h"
#include "model/IndicatorProgress.h"

namespace cpc {

// The years of one indicator as a table: target and actual (editable, in the interface's locale and the
// indicator's unit), % of target and status as core computes them (IndicatorProgress: direction- and
// cumulative-aware), and whether the year's result needs an explanation. Edits go through the
// EditSession, one undo step each; the page calls reload() when the report changes.
class IndicatorYearModel : public IndicatorTableModel {
    Q_OBJECT
public:
    enum Column { Year, Target, Actual, Percent, Status, ColumnCount };
    static constexpr int YearRole = Qt::UserRole;
    static constexpr int NeedsExplanationRole = Qt::UserRole + 1;

    IndicatorYearModel(ReportDocument* doc, EditSession* session, QString indicatorId,
                       double varianceThreshold, QObject* parent = nullptr);

    void reload();
    int yearAt(int row) const { return m_years.value(row); }
    int rowOfYear(int year) const { return int(m_years.indexOf(year)); }
    IndicatorProgress progress(int year) const;
    const QList<int>& years() const { return m_years; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    double m_threshold;
    QList<int> m_years;
};

} // namespace cpc
