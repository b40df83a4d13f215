#pragma once

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

// A data file's rows, first the header, whatever the format. Places in messages are "file:line" for CSV
// and "file:Sheet!C7" for XLSX.
struct SourceTable {
    QString fileName;
    QString sheet;         // empty for CSV
    QChar separator;       // CSV only: decides the decimal mark when no cell does
    QString encoding;      // CSV only, for the summary
    QList<SourceRow> rows;

    // "B" for column index 1.
    static QString columnLetters(int column)
    {
        QString s;
        for (int c = column + 1; c > 0; c = (c - 1) / 26) s.prepend(QChar(u'A' + (c - 1) % 26));
        return s;
    }
    // The place of a cell (column index into the row) or, with column < 0, of a row.
    QString place(const SourceRow& row, int column) const
    {
        if (sheet.isEmpty()) return QStringLiteral("%1:%2").arg(fileName).arg(row.line);
        return QStringLiteral("%1:%2!%3%4").arg(fileName, sheet, columnLetters(column < 0 ? 0 : column)).arg(row.line);
    }
};

} // namespace cpc
