#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace cpc {

// One cell of a data file as read, before it means anything: its text, and the number when the file
// stored a number (XLSX numeric cells; CSV cells are always text).
struct SourceCell {
    QString text;
    std::optional<double> number;
};

// One row and where it is: the physical line of a CSV record, or the row number of a sheet.
struct SourceRow {
    int line = 0;
    QList<SourceCell> cells;
};

// A data file's rows, first the header, whatever the format. Places in messages are in words, as the
// JSON reader's ("line 3, column 14"): "data.csv, line 3, column “Meta”" for CSV and
// "data.xlsx, sheet “Hoja1”, cell C7 (column “Meta”)" for XLSX.
struct SourceTable {
    Q_DECLARE_TR_FUNCTIONS(cpc::SourceTable)
public:
    QString fileName;
    QString sheet;    // empty for CSV
    QChar separator;  // CSV only: decides the decimal mark when no cell does
    QString encoding; // CSV only, for the summary
    QList<SourceRow> rows;

    // "B" for column index 1.
    static QString columnLetters(int column)
    {
        QString s;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            s.prepend(QChar(u'A' + (c - 1) % 26));
        return s;
    }
    // The place of a row, or with column >= 0 of a cell (by its letters in a sheet).
    QString place(const SourceRow& row, int column) const
    {
        if (sheet.isEmpty()) return SourceTable::tr("%1, line %2").arg(fileName).arg(row.line);
        if (column < 0) return SourceTable::tr("%1, sheet “%2”, row %3").arg(fileName, sheet).arg(row.line);
        return SourceTable::tr("%1, sheet “%2”, cell %3%4")
            .arg(fileName, sheet, columnLetters(column))
            .arg(row.line);
    }
    // The place of a cell named by its column's header, as a coordinator reads it.
    QString cellPlace(const SourceRow& row, int column, const QString& header) const
    {
        if (header.isEmpty()) {
            if (!sheet.isEmpty()) return place(row, column);
            return SourceTable::tr("%1, line %2, column %3").arg(fileName).arg(row.line).arg(column + 1);
        }
        if (sheet.isEmpty())
            return SourceTable::tr("%1, line %2, column “%3”").arg(fileName).arg(row.line).arg(header);
        return SourceTable::tr("%1 (column “%2”)").arg(place(row, column), header);
    }
};

} // namespace cpc
