#pragma once

#include "import/NumberParser.h"
#include "import/SourceTable.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace cpc {

// One data row of an indicator file, read but not yet checked against a report.
struct IndicatorRow {
    QString place;          // where the row is ("data.csv:12", "data.xlsx:Hoja1!A12")
    QString indicatorPlace; // the indicator cell, with its column ("data.csv:12:indicador")
    QString indicator;
    int year = 0;
    std::optional<double> target;
    std::optional<double> actual; // on a breakdown row: the category's value
    QString dimension;            // empty unless a breakdown row
    QString category;
};

struct IndicatorRows {
    QList<IndicatorRow> rows;
    QStringList ignoredColumns; // as written in the header
    QList<Error> errors;        // every unreadable cell, "file:line:column" in `where`
    int emptyRows = 0;          // rows naming an indicator and year but no value: nothing to import
    NumberParser::Decimal decimal = NumberParser::Decimal::Point;
};

// Turns the rows of a CSV or XLSX file into indicator values, following the header (English or Spanish
// names, any case, with or without accents, in any order; see docs/indicator-data.md). The header is the
// first row, among the first ten, that has an indicator column; rows above it (titles) are skipped, and so
// are rows whose first cell starts with "#" (notes). A row with a dimension and a category is a breakdown
// row: its actual is the category's value.
class IndicatorTableReader {
    Q_DECLARE_TR_FUNCTIONS(IndicatorTableReader)
public:
    enum class Column { Indicator, Year, Target, Actual, Dimension, Category };

    // `defaultYear` is used where the file has no year column or an empty year cell.
    static IndicatorRows read(const SourceTable& table, std::optional<int> defaultYear);

    // The column a header names, if any.
    static std::optional<Column> columnFor(const QString& header);
    // Lower case, accents removed, spaces trimmed: "Año " -> "ano".
    static QString normalized(const QString& header);
};

} // namespace cpc
