#pragma once

#include "model/BiText.h"
#include "model/Unit.h"
#include "model/Workflow.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace cpc {

struct DisaggregationCategory {
    QString name;
    double value = 0;
    bool operator==(const DisaggregationCategory&) const = default;
};

// One breakdown of a year's actual (sex, age group, trafficking type...), in the author's order.
struct Disaggregation {
    QString dimension;
    QList<DisaggregationCategory> categories;
    bool operator==(const Disaggregation&) const = default;
};

// A performance indicator with its yearly targets and results. Years are reporting years ("1" is the first
// year after signing). A year present with no value (std::nullopt) means "not reported yet" and is kept
// apart from a year that is absent, so that documents round-trip exactly.
struct Indicator {
    QString id;
    int objective = 0;
    BiText name;
    BiText definition;
    Unit unit = Unit::Count;
    QString direction = QStringLiteral("increase"); // increase | decrease
    BiText source;
    QStringList responsible;
    bool hasBaseline = false;
    std::optional<double> baselineValue;
    QString baselinePeriod;
    QMap<int, std::optional<double>> targets;
    QMap<int, std::optional<double>> actuals;
    QMap<int, QList<Disaggregation>> disaggregation;
    QMap<int, BiText> varianceExplanation;

    // Extensions of cpcreport-json/1 (written only when they differ from the default).
    bool key = false;              // a key indicator leads the PDF's indicator section
    bool cumulative = false;       // counted since the baseline rather than per year
    std::optional<bool> sensitive; // small-number protection; unset: decided from unit and name
    Workflow review;

    bool operator==(const Indicator&) const = default;
};

} // namespace cpc
