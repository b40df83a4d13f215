#pragma once

#include "model/Report.h"

#include <QList>

namespace cpc {

// The performance indicators as the printed report groups them, whatever the format: one group per
// objective 1..4 (empty ones too, so the reader sees that an objective has none), then a group for each
// other objective number an indicator carries. The group's title is its objective section's, or a fixed
// "Objective N" / "Other indicators".
struct IndicatorGroup {
    int objective = 0;
    BiText title;
    QList<const Indicator*> indicators;

    static QList<IndicatorGroup> of(const Report& report);
};

} // namespace cpc
