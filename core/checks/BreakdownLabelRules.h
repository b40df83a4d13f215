#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"

namespace cpc {

// Breakdowns print their labels, never their codes (model/BreakdownLabels).
//   indicators.breakdown-label   a dimension or category that a breakdown uses has no label in one
//                                language (warning, once per code and language, at its first use)
class BreakdownLabelRules {
public:
    static void run(const Report& report, const CheckContext& context, Findings& out);
};

} // namespace cpc
