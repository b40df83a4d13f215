#pragma once

#include "model/Indicator.h"

#include <optional>

namespace cpc {

enum class ProgressStatus {
    NoTarget,    // no target for the year
    NotReported, // no actual for the year
    Achieved,    // at or beyond the target, in the indicator's direction
    OnTrack,     // short of the target by less than the threshold
    OffTrack,    // short of the target by the threshold or more
};

// How one indicator stands in one reporting year: the one computation of "% of target" and status that
// the PDF, the exports, the checks and the window all use. Follows the indicator's direction (for
// "average days to charges" lower is better) and whether it is counted per year or cumulatively since
// the baseline.
struct IndicatorProgress {
    std::optional<double> target;
    std::optional<double> actual;          // for cumulative indicators: the running total compared
    std::optional<double> percentOfTarget; // 100 = target met exactly
    ProgressStatus status = ProgressStatus::NotReported;
    double deviationPercent = 0;   // how far short of the target, in percent (0 when achieved)
    bool needsExplanation = false; // off track by the threshold or more

    static IndicatorProgress compute(const Indicator& indicator, int year, double thresholdPercent = 10);
    static QString statusId(ProgressStatus s); // no_target | not_reported | achieved | on_track | off_track
};

} // namespace cpc
