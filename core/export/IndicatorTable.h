#pragma once

#include "export/SuppressionPlan.h"
#include "model/Language.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace cpc {

struct Report;

// One cell of an exported table: a number (written as a number, with the unit's format) or a text (ids,
// names, a masked value such as "<5" or "*").
struct TableCell {
    enum class Format { Text, Count, Decimal, Percent }; // Percent: `number` is a fraction (1 = 100 %)
    QString text;
    std::optional<double> number;
    Format format = Format::Text;
    bool masked = false;
};

struct TableSheet {
    QString title; // sheet name in an XLSX
    QStringList headers;
    QList<QList<TableCell>> rows;
};

// The indicator data of a report as the exports write it, in one language, masked by small-number
// protection (see SuppressionPlan). Two tables:
//  - tracking: indicator, year, name, unit, baseline, target, actual, % of target, status, explanation;
//  - breakdowns: indicator, year, name, dimension, category, actual.
// The first two columns and target, actual, dimension and category carry the header names the importer
// reads (see IndicatorTableReader), so an unmasked export imports back to the same values. Actuals are
// the values as reported for the year; for cumulative indicators % of target follows the running total
// (IndicatorProgress).
class IndicatorTable {
public:
    static IndicatorTable build(const Report& report, Language language, const SuppressionPlan& plan);

    TableSheet tracking;
    TableSheet breakdowns;
    // Both tables in one, with dimension and category columns: the CSV export's shape.
    TableSheet combined() const;
    // The suppression note when a cell is masked, else empty.
    QString note;
    int maskedCells = 0;

    static QString statusLabel(const QString& statusId, Language language);
};

} // namespace cpc
