#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"

namespace cpc {

struct Indicator;

// Performance indicator data for the reporting year.
//   indicators.actual-missing        no actual for the reporting year (error)
//   indicators.target-missing        no target for the reporting year (warning)
//   indicators.variance-explanation  short of the target by the threshold or more (template, default 10%,
//                                    in the indicator's direction) without an explanation in both
//                                    languages (error)
//   indicators.disaggregation-sum    a breakdown whose categories do not add up to the year's actual (error)
//   indicators.percent-range         a percentage below 0 or above 100 (error)
//   indicators.next-target-missing   no target for next year, which the Dialogue agrees (warning)
class IndicatorRules {
public:
    static void run(const Report& report, const CheckContext& context, Findings& out);
    static void checkIndicator(const Report& report, const Indicator& indicator, int year, double threshold,
                               Findings& out);
};

} // namespace cpc
