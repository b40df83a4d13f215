#include "indicators/IndicatorChart.h"

#include "model/Indicator.h"
#include "model/IndicatorProgress.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace cpc {

IndicatorChart::IndicatorChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Chart of targets and results"));
    setMinimumHeight(fontMetrics().height() * 14);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
}

void IndicatorChart::plot(const Indicator& ind, int lastYear)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
    const QColor targetColour(0x1f, 0x6f, 0xb4), actualColour(0xe0, 0x7b, 0x00);

    auto* targets = new QLineSeries;
    targets->setObjectName(QStringLiteral("targets"));
    targets->setName(tr("Target"));
    QPen tp(targetColour, 2, Qt::DashLine);
    targets->setPen(tp);
    targets->setPointsVisible(true);
    auto* actuals = new QLineSeries;
    actuals->setObjectName(QStringLiteral("actuals"));
    actuals->setName(ind.cumulative ? tr("Result (running total)") : tr("Result"));
    actuals->setPen(QPen(actualColour, 2.5));
    actuals->setPointsVisible(true);

    double lo = 0, hi = 0;
    const auto note = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    if (ind.hasBaseline && ind.baselineValue) {
        targets->append(0, *ind.baselineValue);
        actuals->append(0, *ind.baselineValue);
        note(*ind.baselineValue);
    }
    for (int y = 1; y <= lastYear; ++y) {
        if (const auto t = ind.targets.value(y)) {
            targets->append(y, *t);
            note(*t);
        }
        const IndicatorProgress p = IndicatorProgress::compute(ind, y);
        // The value compared with the target: the running total for cumulative indicators.
        std::optional<double> a = ind.cumulative ? p.actual : ind.actuals.value(y);
        if (!ind.actuals.value(y)) a.reset();
        if (a) {
            actuals->append(y, *a);
            note(*a);
        }
    }
    c->addSeries(targets);
    c->addSeries(actuals);
    if (ind.hasBaseline && ind.baselineValue) {
        auto* base = new QScatterSeries;
        base->setObjectName(QStringLiteral("baseline"));
        base->setName(tr("Baseline"));
        base->setMarkerSize(9);
        base->setColor(Qt::gray);
        base->append(0, *ind.baselineValue);
        c->addSeries(base);
    }

    auto* x = new QValueAxis;
    x->setRange(0, std::max(1, lastYear));
    x->setTickCount(std::max(1, lastYear) + 1);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Year (0 = baseline)"));
    auto* y = new QValueAxis;
    y->setRange(lo, hi > lo ? hi * 1.1 : lo + 1);
    y->applyNiceNumbers();
    y->setLabelFormat(ind.unit == Unit::Count ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

QList<QPointF> IndicatorChart::points(const QString& seriesObjectName) const
{
    for (QAbstractSeries* s : chart()->series())
        if (s->objectName() == seriesObjectName)
            if (auto* xy = qobject_cast<QXYSeries*>(s)) return xy->points();
    return {};
}

} // namespace cpc
