#include "export/CsvWriter.h"

#include "export/SpreadsheetCell.h"
#include "util/OutputFile.h"

#include <QLocale>
#include <cmath>

namespace cpc {

QString CsvWriter::figure(double value, Language language)
{
    QString s = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (language == Language::Es) s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}

QByteArray CsvWriter::toBytes(const TableSheet& sheet, Language language, const QString& note)
{
    const QChar sep = language == Language::Es ? QLatin1Char(';') : QLatin1Char(',');
    const auto quoted = [&](const QString& s) {
        if (!s.contains(sep) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
            !s.contains(QLatin1Char('\r')) && s.trimmed() == s)
            return s;
        QString q = s;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    };
    QString out;
    const auto line = [&](const QStringList& fields) {
        QStringList q;
        for (const QString& f : fields)
            q.append(quoted(f));
        out += q.join(sep) + QLatin1String("\r\n");
    };
    // Texts are made inert for spreadsheets (SpreadsheetCell); figures are numbers and stay as they are.
    QStringList headers;
    for (const QString& h : sheet.headers)
        headers.append(SpreadsheetCell::inert(h));
    line(headers);
    for (const auto& row : sheet.rows) {
        QStringList fields;
        for (const TableCell& c : row) {
            if (!c.number)
                fields.append(SpreadsheetCell::inert(c.text));
            else if (c.format == TableCell::Format::Percent)
                fields.append(figure(std::round(*c.number * 1000.0) / 10.0, language));
            else
                fields.append(figure(*c.number, language));
        }
        line(fields);
    }
    if (!note.isEmpty()) line({QStringLiteral("# ") + note});
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Status CsvWriter::write(const QString& path, const TableSheet& sheet, Language language, const QString& note,
                        const QStringList& protectedReports)
{
    return OutputFile::writeAll(path, toBytes(sheet, language, note), protectedReports);
}

} // namespace cpc
