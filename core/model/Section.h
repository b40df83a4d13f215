#pragma once

#include "model/Activity.h"

#include <QList>

namespace cpc {

// A section of the report. Objective sections carry their activities.
struct Section {
    QString id;
    QString
        kind; // narrative | objective | recommendations | sustainability | areas_for_improvement | indicators
    BiText title;
    BiText body;
    QStringList assignedTo;
    Workflow review;   // "status" in the interchange format
    int objective = 0; // 1..4 for kind "objective", 0 otherwise
    QList<Activity> activities;

    bool isObjective() const { return kind == QLatin1String("objective"); }
    bool operator==(const Section&) const = default;
};

} // namespace cpc
