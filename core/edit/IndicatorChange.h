#pragma once

#include "edit/BreakdownIndex.h"
#include "edit/FieldChange.h"
#include "model/Report.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace cpc {

// Applies one change to a field of an indicator (paths indicators/ID/...): texts, unit and direction,
// baseline, yearly targets and actuals, disaggregations, explanations and the flags.
class IndicatorChange {
    Q_DECLARE_TR_FUNCTIONS(cpc::IndicatorChange)
public:
    // `index` (optional) finds breakdown categories without walking their lists.
    static Status apply(Indicator& indicator, const FieldChange& change, qint64 rev, const Report& context,
                        BreakdownIndex* index = nullptr);

private:
    static Status applyDisaggregation(Indicator& indicator, const FieldChange& change, BreakdownIndex* index);
};

} // namespace cpc
