#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cpc {

// One record of a CSV file and the physical line it starts on (1-based), for error messages.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

struct CsvTable {
    QList<CsvRecord> records; // blank records (no field with text) are left out
    QChar separator;
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252"
};

// Reads CSV as spreadsheets write it. Encoding: a byte-order mark (UTF-8 or UTF-16) decides; else valid
// UTF-8 is read as UTF-8 and anything else as Windows-1252 (what Excel writes on Spanish Windows). The
// separator is the one of `,` `;` or tab found most often, outside quotes, on the first line. Quoting
// follows RFC 4180: a quoted field may hold separators, doubled quotes and line breaks. Lines may end in
// CRLF, LF or CR. A file with control bytes other than tab and line ends is refused as not being text.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // `fileName` is only used to name the place of an error.
    static Result<CsvTable> read(const QByteArray& bytes, const QString& fileName);

    // Exposed for tests: the text of `bytes` and the name of the encoding it was decoded from.
    static QString decode(const QByteArray& bytes, QString* encoding = nullptr);
};

} // namespace cpc
