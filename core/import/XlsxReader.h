#pragma once

#include "import/SourceTable.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace cpc {

// Reads the cells of one sheet of an XLSX workbook (Office Open XML): the first sheet, or the one named.
// Shared strings, inline strings, formula results and numbers are read; styles are not (a number is its
// stored value, whatever format Excel shows it in). Because an XLSX file is a zip archive, a hostile one
// could unpack to gigabytes: the number of entries and the unpacked size of every part read are limited.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    static constexpr int kMaxEntries = 2000;
    static constexpr qint64 kMaxPartBytes = qint64(64) << 20;
    static constexpr int kMaxColumns = 1000;

    // True when `bytes` start like a zip archive (an XLSX whatever its file name says).
    static bool looksLikeZip(const QByteArray& bytes) { return bytes.startsWith("PK\x03\x04"); }

    // `fileName` names the file in messages; `sheetName` empty means the first sheet.
    static Result<SourceTable> read(const QByteArray& bytes, const QString& fileName,
                                    const QString& sheetName = QString());
    // The names of the workbook's sheets in order, for letting the user choose one.
    static Result<QStringList> sheetNames(const QByteArray& bytes, const QString& fileName);
};

} // namespace cpc
