#pragma once

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
    static Status apply(Indicator& indicator, const FieldChange& change, qint64 rev, const Report& context);

private:
    static Status applyDisaggregation(Indicator& indicator, const FieldChange& change);
};

} // namespace cpc
