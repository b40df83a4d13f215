#include "import/XlsxReader.h"

#include <QHash>
#include <QXmlStreamReader>
#include <memory>
#include <zip.h>

namespace cpc {

namespace {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

// The archive, read in place from `bytes` (which must outlive it).
Result<ZipPtr> openArchive(const QByteArray& bytes, const QString& fileName)
{
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t* src = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zerr);
    if (!src) return Error{XlsxReader::tr("this XLSX file cannot be opened"), fileName};
    ZipPtr zip(zip_open_from_source(src, ZIP_RDONLY, &zerr));
    zip_error_fini(&zerr);
    if (!zip) {
        zip_source_free(src);
        return Error{XlsxReader::tr("this is not an XLSX file (not a readable zip archive)"), fileName};
    }
    return zip;
}

// One part of the archive, unpacked, or an error saying why not. A part that is absent gives an empty
// array when `optional` is set.
Result<QByteArray> readPart(zip_t* zip, const QString& name, const QString& fileName, bool optional = false)
{
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip, utf8.constData(), 0, &st) != 0) {
        if (optional) return QByteArray();
        return Error{XlsxReader::tr("this XLSX file is incomplete: it has no %1").arg(name), fileName};
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > quint64(XlsxReader::kMaxPartBytes))
        return Error{XlsxReader::tr("this XLSX file is too large to read (%1 unpacks to more than %2 MB)")
                         .arg(name)
                         .arg(XlsxReader::kMaxPartBytes >> 20),
                     fileName};
    zip_file_t* f = zip_fopen(zip, utf8.constData(), 0);
    if (!f)
        return Error{XlsxReader::tr("this XLSX file is damaged (%1 cannot be unpacked)").arg(name), fileName};
    QByteArray out;
    char buffer[65536];
    for (;;) { // the declared size is not trusted: the unpacked bytes are counted as they come
        const zip_int64_t n = zip_fread(f, buffer, sizeof buffer);
        if (n < 0) {
            zip_fclose(f);
            return Error{XlsxReader::tr("this XLSX file is damaged (%1 cannot be unpacked)").arg(name),
                         fileName};
        }
        if (n == 0) break;
        if (out.size() + n > XlsxReader::kMaxPartBytes) {
            zip_fclose(f);
            return Error{XlsxReader::tr("this XLSX file is too large to read (%1 unpacks to more than %2 MB)")
                             .arg(name)
                             .arg(XlsxReader::kMaxPartBytes >> 20),
                         fileName};
        }
        out.append(buffer, qsizetype(n));
    }
    zip_fclose(f);
    return out;
}

QString attribute(const QXmlStreamReader& x, QLatin1String localName)
{
    for (const auto& a : x.attributes())
        if (a.name() == localName) return a.value().toString();
    return QString();
}

// Text of a string item (<si> or <is>): its <t>, or the <t> of its rich-text runs; phonetic hints skipped.
QString readStringItem(QXmlStreamReader& x)
{
    QString text;
    const QString end = x.name().toString();
    int phonetic = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (x.name() == QLatin1String("t") && !phonetic)
                text += x.readElementText();
        } else if (x.isEndElement()) {
            if (x.name() == QLatin1String("rPh"))
                --phonetic;
            else if (x.name() == end)
                break;
        }
    }
    return text;
}

// "C7" -> column 2, row 7; false for anything else.
bool parseRef(const QString& ref, int& column, int& row)
{
    int i = 0, c = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        c = c * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (c > 16384) return false;
        ++i;
    }
    if (i == 0 || i == ref.size()) return false;
    bool ok = false;
    row = ref.mid(i).toInt(&ok);
    column = c - 1;
    return ok && row >= 1 && row <= 1048576;
}

QString xmlError(const QXmlStreamReader& x, const QString& part)
{
    return XlsxReader::tr("this XLSX file is damaged (%1, line %2: %3)")
        .arg(part)
        .arg(x.lineNumber())
        .arg(x.errorString());
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QByteArray& bytes, const QString& fileName)
{
    Result<ZipPtr> opened = openArchive(bytes, fileName);
    if (!opened) return opened.error();
    const ZipPtr zip = opened.take();
    auto workbook = readPart(zip.get(), QStringLiteral("xl/workbook.xml"), fileName);
    if (!workbook) return workbook.error();
    QStringList names;
    QXmlStreamReader x(workbook.value());
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("sheet"))
            names.append(attribute(x, QLatin1String("name")));
    }
    if (x.hasError()) return Error{xmlError(x, QStringLiteral("xl/workbook.xml")), fileName};
    if (names.isEmpty()) return Error{XlsxReader::tr("this XLSX file has no sheet"), fileName};
    return names;
}

Result<SourceTable> XlsxReader::read(const QByteArray& bytes, const QString& fileName,
                                     const QString& sheetName)
{
    Result<ZipPtr> opened = openArchive(bytes, fileName);
    if (!opened) return opened.error();
    const ZipPtr zip = opened.take();
    if (zip_get_num_entries(zip.get(), 0) > kMaxEntries)
        return Error{XlsxReader::tr("this XLSX file has too many parts (more than %1)").arg(kMaxEntries),
                     fileName};

    // The sheets in workbook order, and where each one's part is.
    auto workbook = readPart(zip.get(), QStringLiteral("xl/workbook.xml"), fileName);
    if (!workbook) return workbook.error();
    auto rels = readPart(zip.get(), QStringLiteral("xl/_rels/workbook.xml.rels"), fileName);
    if (!rels) return rels.error();
    QList<QPair<QString, QString>> sheets; // name, relationship id
    {
        QXmlStreamReader x(workbook.value());
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("sheet"))
                sheets.append({attribute(x, QLatin1String("name")), attribute(x, QLatin1String("id"))});
        }
        if (x.hasError()) return Error{xmlError(x, QStringLiteral("xl/workbook.xml")), fileName};
    }
    QHash<QString, QString> targets;
    {
        QXmlStreamReader x(rels.value());
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("Relationship"))
                targets.insert(attribute(x, QLatin1String("Id")), attribute(x, QLatin1String("Target")));
        }
        if (x.hasError()) return Error{xmlError(x, QStringLiteral("xl/_rels/workbook.xml.rels")), fileName};
    }
    if (sheets.isEmpty()) return Error{XlsxReader::tr("this XLSX file has no sheet"), fileName};
    qsizetype chosen = 0;
    if (!sheetName.isEmpty()) {
        chosen = -1;
        QStringList names;
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            names.append(sheets[i].first);
            if (sheets[i].first.compare(sheetName, Qt::CaseInsensitive) == 0 && chosen < 0) chosen = i;
        }
        if (chosen < 0)
            return Error{XlsxReader::tr("there is no sheet named '%1' (sheets: %2)")
                             .arg(sheetName, names.join(QStringLiteral(", "))),
                         fileName};
    }
    QString target = targets.value(sheets[chosen].second);
    if (target.isEmpty())
        return Error{XlsxReader::tr("this XLSX file is damaged (the sheet's part is not listed)"), fileName};
    target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;

    QStringList shared;
    {
        auto part = readPart(zip.get(), QStringLiteral("xl/sharedStrings.xml"), fileName, true);
        if (!part) return part.error();
        QXmlStreamReader x(part.value());
        while (!part->isEmpty() && !x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("si")) shared.append(readStringItem(x));
        }
        if (x.hasError()) return Error{xmlError(x, QStringLiteral("xl/sharedStrings.xml")), fileName};
    }

    auto sheetXml = readPart(zip.get(), target, fileName);
    if (!sheetXml) return sheetXml.error();
    SourceTable table;
    table.fileName = fileName;
    table.sheet = sheets[chosen].first;
    QXmlStreamReader x(sheetXml.value());
    SourceRow* row = nullptr;
    int nextRow = 1, nextColumn = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement()) continue;
        if (x.name() == QLatin1String("row")) {
            const QString r = attribute(x, QLatin1String("r"));
            bool ok = false;
            const int number = r.isEmpty() ? nextRow : r.toInt(&ok);
            if (!r.isEmpty() && (!ok || number < nextRow || number > 1048576))
                return Error{XlsxReader::tr("this XLSX file is damaged (row number '%1')").arg(r), fileName};
            table.rows.append(SourceRow{number, {}});
            row = &table.rows.last();
            nextRow = number + 1;
            nextColumn = 0;
        } else if (x.name() == QLatin1String("c") && row) {
            const QString ref = attribute(x, QLatin1String("r"));
            const QString type = attribute(x, QLatin1String("t"));
            int column = nextColumn, refRow = row->line;
            if (!ref.isEmpty() && (!parseRef(ref, column, refRow) || refRow != row->line))
                return Error{XlsxReader::tr("this XLSX file is damaged (cell reference '%1')").arg(ref),
                             fileName};
            if (column >= kMaxColumns) {
                x.skipCurrentElement();
                continue;
            }
            SourceCell cell;
            QString value;
            bool inlineText = false;
            while (!x.atEnd()) {
                x.readNext();
                if (x.isStartElement() && x.name() == QLatin1String("v"))
                    value = x.readElementText();
                else if (x.isStartElement() && x.name() == QLatin1String("is")) {
                    cell.text = readStringItem(x);
                    inlineText = true;
                } else if (x.isStartElement())
                    x.skipCurrentElement();
                else if (x.isEndElement() && x.name() == QLatin1String("c"))
                    break;
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= shared.size())
                    return Error{
                        XlsxReader::tr("this XLSX file is damaged (cell %1 names a missing text)").arg(ref),
                        fileName};
                cell.text = shared.at(index);
            } else if (type == QLatin1String("b")) {
                // A TRUE/FALSE cell is not a figure, whatever its stored 1 or 0.
                cell.text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (!inlineText) {
                cell.text = value;
                if (type.isEmpty() || type == QLatin1String("n")) {
                    bool ok = false;
                    const double d = value.toDouble(&ok);
                    if (ok) cell.number = d;
                }
            }
            while (row->cells.size() < column)
                row->cells.append(SourceCell{});
            if (row->cells.size() == column)
                row->cells.append(cell);
            else
                row->cells[column] = cell;
            nextColumn = column + 1;
        }
    }
    if (x.hasError()) return Error{xmlError(x, target), fileName};
    table.rows.removeIf([](const SourceRow& r) {
        return std::all_of(r.cells.cbegin(), r.cells.cend(),
                           [](const SourceCell& c) { return c.text.trimmed().isEmpty(); });
    });
    if (table.rows.isEmpty())
        return Error{XlsxReader::tr("the sheet '%1' is empty").arg(table.sheet), fileName};
    return table;
}

} // namespace cpc
