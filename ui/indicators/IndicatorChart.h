#pragma once

#include <QChartView>

namespace cpc {

struct Indicator;

// The trend of one indicator: its baseline, the targets and the actuals over the reporting years (for a
// cumulative indicator, the running totals the targets are compared with).
class IndicatorChart : public QChartView {
    Q_OBJECT
public:
    explicit IndicatorChart(QWidget* parent = nullptr);

    void plot(const Indicator& indicator, int lastYear);
    // Points plotted, for tests: series name → (year, value) pairs.
    QList<QPointF> points(const QString& seriesObjectName) const;
};

} // namespace cpc
