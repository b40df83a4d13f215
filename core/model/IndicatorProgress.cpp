#include "model/IndicatorProgress.h"

#include <cmath>

namespace cpc {

namespace {

std::optional<double> valueIn(const QMap<int, std::optional<double>>& values, int year)
{
    const auto it = values.constFind(year);
    return it == values.cend() ? std::nullopt : it.value();
}

} // namespace

IndicatorProgress IndicatorProgress::compute(const Indicator& indicator, int year, double thresholdPercent)
{
    IndicatorProgress p;
    p.target = valueIn(indicator.targets, year);
    const std::optional<double> own = valueIn(indicator.actuals, year);
    if (own) {
        if (indicator.cumulative) {
            // A cumulative indicator's targets are totals since the baseline, so the year's result is the
            // sum of the yearly actuals reported so far. The baseline value itself is the level before the
            // partnership and is not added: a target of 1,200 people trained by year 3 counts the
            // partnership's trainees only. Years without a value add nothing rather than blocking the total.
            double total = 0;
            for (auto it = indicator.actuals.cbegin(); it != indicator.actuals.cend() && it.key() <= year;
                 ++it)
                if (it.key() >= 1 && it.value()) total += *it.value();
            p.actual = total;
        } else {
            p.actual = own;
        }
    }

    if (!p.target) {
        p.status = ProgressStatus::NoTarget;
        return p;
    }
    if (!p.actual) {
        p.status = ProgressStatus::NotReported;
        return p;
    }

    const double t = *p.target, a = *p.actual;
    const bool decrease = indicator.direction == QLatin1String("decrease");
    // For "lower is better" the ratio is inverted, so that 100 still means "target met" and more is better.
    if (decrease) {
        if (a > 0)
            p.percentOfTarget = t / a * 100.0;
        else if (t == 0)
            p.percentOfTarget = 100.0;
    } else if (t != 0) {
        p.percentOfTarget = a / t * 100.0;
    }

    const bool achieved = decrease ? a <= t : a >= t;
    if (achieved) {
        p.status = ProgressStatus::Achieved;
        return p;
    }
    const double shortfall = std::fabs(a - t);
    // A zero target missed (e.g. "0 cases pending" not reached) is off by an unbounded amount.
    p.deviationPercent = t != 0 ? shortfall / std::fabs(t) * 100.0 : 100.0;
    // A tiny tolerance keeps 360 against a target of 400 (exactly 10%) from flipping on rounding.
    p.needsExplanation = p.deviationPercent >= thresholdPercent - 1e-9;
    p.status = p.needsExplanation ? ProgressStatus::OffTrack : ProgressStatus::OnTrack;
    return p;
}

QString IndicatorProgress::statusId(ProgressStatus s)
{
    switch (s) {
    case ProgressStatus::NoTarget:
        return QStringLiteral("no_target");
    case ProgressStatus::NotReported:
        return QStringLiteral("not_reported");
    case ProgressStatus::Achieved:
        return QStringLiteral("achieved");
    case ProgressStatus::OnTrack:
        return QStringLiteral("on_track");
    case ProgressStatus::OffTrack:
        return QStringLiteral("off_track");
    }
    return QString();
}

} // namespace cpc
