#pragma once

#include "edit/FieldChange.h"
#include "import/IndicatorTableReader.h"
#include "import/SourceTable.h"
#include "model/Report.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace cpc {

// One value an import changes, for the window's preview and the command's summary.
struct ImportPreviewItem {
    FieldPath path;
    QString indicator;
    int year = 0;
    QString what;                 // "target", "actual" or "DIMENSION / CATEGORY"
    std::optional<double> before; // nothing when the value is new
    double after = 0;
    QString place; // the row it comes from
};

// Everything an import would do, or everything wrong with the file: with any error there are no changes.
struct ImportPlan {
    QList<Error> errors; // the first IndicatorRows::kMaxErrors, in file order
    int moreErrors = 0;  // how many more there were
    ChangeSet changes;   // origin Import; author as given
    QList<ImportPreviewItem> preview;
    QStringList ignoredColumns;
    int rows = 0;      // data rows read
    int unchanged = 0; // values already as in the file
    int emptyRows = 0; // rows with no value
    QString format;    // "CSV (UTF-8, ';', decimal comma)" or "XLSX (sheet Hoja1)"
    bool ok() const { return errors.isEmpty(); }
    int errorCount() const { return int(errors.size()) + moreErrors; }
};

// Indicator data from a CSV or XLSX file into a report, all or nothing. Every row is checked before any
// change is made: the indicator must exist in the report, the year be within the partnership, each value
// be one the indicator can hold (IndicatorValueCheck: a count whole and not negative...), a value appear once
// (the same indicator, year and breakdown category twice is refused, even with the same figure, because one
// of the two rows is a mistake). The result is one ChangeSet of indicators/ID/targets|actuals/YEAR and
// indicators/ID/disaggregation/YEAR/DIM/CAT changes, holding only values that differ from the report.
class IndicatorImport {
    Q_DECLARE_TR_FUNCTIONS(IndicatorImport)
public:
    struct Options {
        std::optional<int> year; // for rows and files without a year
        QString sheet;           // XLSX: the sheet to read; empty: the first
        QString author;
    };
    static constexpr qint64 kMaxFileBytes = qint64(64) << 20;

    // Reads the file (CSV or XLSX, told apart by content, not by name) and plans the import.
    static ImportPlan fromFile(const Report& report, const QString& path, const Options& options);
    static ImportPlan fromBytes(const Report& report, const QByteArray& bytes, const QString& fileName,
                                const Options& options);
    // Plans the import of rows already read.
    static ImportPlan plan(const Report& report, const IndicatorRows& rows, const Options& options);

    // Reads a data file into a table, whatever its format.
    static Result<SourceTable> load(const QByteArray& bytes, const QString& fileName, const QString& sheet);
};

} // namespace cpc
