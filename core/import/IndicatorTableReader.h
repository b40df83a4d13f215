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
    int line = 0;           // the row's line (CSV) or row number (XLSX), to list messages in file order
    QString place;          // where the row is ("data.csv, line 12", "data.xlsx, sheet “Hoja1”, row 12")
    QString indicatorPlace; // the indicator cell, with its column ("data.csv, line 12, column “indicador”")
    QString targetPlace;    // the target and actual cells, for messages about their values
    QString actualPlace;
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
    // The first kMaxErrors unreadable cells, in file order, with the place in `where`; `errorLines` gives
    // each one's line (0: the header or the file), `moreErrors` how many more there were. A file of a
    // million bad rows lists a hundred, not a million.
    QList<Error> errors;
    QList<int> errorLines;
    int moreErrors = 0;
    static constexpr int kMaxErrors = 100;
    void addError(const Error& e, int line)
    {
        if (errors.size() >= kMaxErrors) {
            ++moreErrors;
            return;
        }
        errors.append(e);
        errorLines.append(line);
    }
    int emptyRows = 0; // rows naming an indicator and year but no value: nothing to import
    NumberParser::Decimal decimal = NumberParser::Decimal::Point;
};

// Turns the rows of a CSV or XLSX file into indicator values, following the header (English or Spanish
// names, any case, with or without accents, in any order; see docs/indicator-data.md). The header is the
// first row, among the first ten, that has an indicator column; rows above it (titles) are skipped, and so
// are rows whose first cell starts with "#" (notes). A row with a dimension and a category is a breakdown
// row: its actual is the category's value. A CSV row must have the header's shape: fewer cells than the
// header names, or text beyond its last column, means a separator is missing or one too many (a decimal
// comma in a comma-separated file), and the row is refused rather than read into the wrong columns.
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
