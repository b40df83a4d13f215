#pragma once

#include "export/IndicatorTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace cpc {

// Writes a table as CSV that Excel opens in the table's language: Spanish uses ";" and a decimal comma
// (what Excel expects on Spanish Windows), English "," and a decimal point. UTF-8 with a byte-order mark
// (so Excel does not guess Windows-1252), CRLF line ends, RFC 4180 quoting. Figures are written in full,
// without thousands separators, so that they import back exactly; a note, if any, is a last row starting
// with "#", which the importer skips. The file is replaced atomically.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    static QByteArray toBytes(const TableSheet& sheet, Language language, const QString& note = QString());
    static Status write(const QString& path, const TableSheet& sheet, Language language,
                        const QString& note = QString(), const QStringList& protectedReports = {});

    // A figure as this writer writes it ("1234,5" in Spanish).
    static QString figure(double value, Language language);
};

} // namespace cpc
