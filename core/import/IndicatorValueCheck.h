#pragma once

#include "model/Indicator.h"

#include <QCoreApplication>

namespace cpc {

// What a figure must be to be an indicator's, whatever file it comes from (CSV, XLSX, a returned
// contribution): finite; for a count, whole and not negative (a count of -5 children or of 2.5 victims
// is a typing error); for a percentage, from 0 to 100; and for a year, within the partnership's span and
// its extension (Limits::kLastPartnershipYear). Currencies and indexes may be any finite number in
// Limits::kMaxNumber.
class IndicatorValueCheck {
    Q_DECLARE_TR_FUNCTIONS(IndicatorValueCheck)
public:
    // Why `value` cannot be a figure (target, actual, breakdown category, baseline) of `indicator`, or
    // an empty string when it can.
    static QString problem(const Indicator& indicator, double value);
    // Why `year` cannot be a reporting year of the partnership, or an empty string.
    static QString yearProblem(int year);
};

} // namespace cpc
