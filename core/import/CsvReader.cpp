#include "import/CsvReader.h"

#include <QStringDecoder>

namespace cpc {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. The five unassigned bytes stay C1 controls, which
// the text check below then refuses.
constexpr char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromCp1252(const QByteArray& bytes)
{
    QString s(bytes.size(), Qt::Uninitialized);
    QChar* out = s.data();
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        *out++ = (u >= 0x80 && u <= 0x9F) ? QChar(kCp1252High[u - 0x80]) : QChar(u);
    }
    return s;
}

constexpr int kMaxFields = 1000;

} // namespace

QString CsvReader::decode(const QByteArray& bytes, QString* encoding)
{
    const auto name = [&](const char* n) {
        if (encoding) *encoding = QString::fromLatin1(n);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        name("UTF-8 with BOM");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        name("UTF-16");
        QStringDecoder d(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                      : QStringConverter::Utf16BE);
        return d.decode(bytes.mid(2));
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        name("UTF-8");
        return text;
    }
    name("Windows-1252");
    return fromCp1252(bytes);
}

Result<CsvTable> CsvReader::read(const QByteArray& bytes, const QString& fileName)
{
    CsvTable table;
    const QString text = decode(bytes, &table.encoding);
    const auto where = [&](int line) { return tr("%1, line %2").arg(fileName).arg(line); };

    // Refuse binary files (a PDF, an image, a .xls) before reading them as rows of nonsense.
    int line = 1;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) ++line;
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F || (u >= 0x80 && u <= 0x9F))
            return Error{tr("this is not a text (CSV) file: it holds binary data"), where(line)};
    }

    // The separator, from the first line outside quotes.
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    table.separator = QLatin1Char(',');
    if (semicolons > commas && semicolons >= tabs)
        table.separator = QLatin1Char(';');
    else if (tabs > commas && tabs > semicolons)
        table.separator = QLatin1Char('\t');

    const QChar sep = table.separator;
    CsvRecord record;
    QString field;
    bool inQuotes = false, fieldWasQuoted = false;
    int quoteLine = 0;
    line = 1;
    record.line = 1;
    const auto endField = [&]() -> bool {
        record.fields.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
        return record.fields.size() <= kMaxFields;
    };
    const auto endRecord = [&] {
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString& f) { return f.trimmed().isEmpty(); });
        if (!blank) table.records.append(record);
        record = CsvRecord{};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\r')) { // a line break inside a field is kept as "\n"
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) ++i;
                field.append(QLatin1Char('\n'));
                ++line;
            } else {
                if (c == QLatin1Char('\n')) ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
            field.clear();
            inQuotes = fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == sep) {
            if (!endField()) return Error{tr("too many columns (at most %1)").arg(kMaxFields), where(line)};
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) ++i;
            if (!endField()) return Error{tr("too many columns (at most %1)").arg(kMaxFields), where(line)};
            endRecord();
            ++line;
            record.line = line;
        } else {
            field.append(c);
        }
    }
    if (inQuotes) return Error{tr("a quoted field is not closed (a \" is missing)"), where(quoteLine)};
    if (!field.isEmpty() || fieldWasQuoted || !record.fields.isEmpty()) {
        if (!endField()) return Error{tr("too many columns (at most %1)").arg(kMaxFields), where(line)};
        endRecord();
    }
    if (table.records.isEmpty()) return Error{tr("the file is empty"), fileName};
    return table;
}

} // namespace cpc
