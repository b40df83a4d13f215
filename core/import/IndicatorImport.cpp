#include "import/IndicatorImport.h"

#include "import/CsvReader.h"
#include "import/XlsxReader.h"
#include "util/InputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

namespace cpc {

namespace {

std::optional<double> categoryValue(const Indicator& ind, int year, const QString& dimension, const QString& category)
{
    const auto years = ind.disaggregation.constFind(year);
    if (years == ind.disaggregation.constEnd()) return std::nullopt;
    for (const Disaggregation& d : years.value()) {
        if (d.dimension != dimension) continue;
        for (const DisaggregationCategory& c : d.categories)
            if (c.name == category) return c.value;
    }
    return std::nullopt;
}

} // namespace

Result<SourceTable> IndicatorImport::load(const QByteArray& bytes, const QString& fileName, const QString& sheet)
{
    if (bytes.isEmpty()) return Error{tr("the file is empty"), fileName};
    if (XlsxReader::looksLikeZip(bytes)) return XlsxReader::read(bytes, fileName, sheet);
    auto csv = CsvReader::read(bytes, fileName);
    if (!csv) return csv.error();
    SourceTable table;
    table.fileName = fileName;
    table.separator = csv->separator;
    table.encoding = csv->encoding;
    table.rows.reserve(csv->records.size());
    for (CsvRecord& r : csv.value().records) {
        SourceRow row{r.line, {}};
        row.cells.reserve(r.fields.size());
        for (QString& f : r.fields) row.cells.append(SourceCell{std::move(f), std::nullopt});
        table.rows.append(std::move(row));
    }
    return table;
}

ImportPlan IndicatorImport::fromFile(const Report& report, const QString& path, const Options& options)
{
    ImportPlan failed;
    if (Status s = InputFile::check(path); !s) {
        failed.errors.append(s.error());
        return failed;
    }
    const QFileInfo info(path);
    if (info.size() > kMaxFileBytes) {
        failed.errors.append(Error{tr("the file is too large (at most %1 MB)").arg(kMaxFileBytes >> 20), path});
        return failed;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        failed.errors.append(Error{tr("the file cannot be read (%1)").arg(f.errorString()), path, Error::Kind::Failed});
        return failed;
    }
    return fromBytes(report, f.readAll(), path, options);
}

ImportPlan IndicatorImport::fromBytes(const Report& report, const QByteArray& bytes, const QString& fileName,
                                      const Options& options)
{
    auto table = load(bytes, fileName, options.sheet);
    if (!table) {
        ImportPlan failed;
        failed.errors.append(table.error());
        return failed;
    }
    const IndicatorRows rows = IndicatorTableReader::read(table.value(), options.year);
    ImportPlan p = plan(report, rows, options);
    // Reading errors and report errors come from two passes: list them in the file's row order.
    const auto rowOf = [&](const Error& e) {
        static const QRegularExpression number(QStringLiteral("^:(?:[^:]*![A-Z]+)?(\\d+)"));
        const auto m = number.match(e.where.mid(fileName.size()));
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    };
    std::stable_sort(p.errors.begin(), p.errors.end(),
                     [&](const Error& a, const Error& b) { return rowOf(a) < rowOf(b); });
    const QString decimal = rows.decimal == NumberParser::Decimal::Comma ? tr("decimal comma") : tr("decimal point");
    if (table->sheet.isEmpty()) {
        const QString sep = table->separator == QLatin1Char('\t') ? tr("tab") : QString(table->separator);
        p.format = tr("CSV (%1, separator '%2', %3)").arg(table->encoding, sep, decimal);
    } else {
        p.format = tr("XLSX (sheet '%1')").arg(table->sheet);
    }
    return p;
}

ImportPlan IndicatorImport::plan(const Report& report, const IndicatorRows& rows, const Options& options)
{
    ImportPlan p;
    p.errors = rows.errors;
    p.ignoredColumns = rows.ignoredColumns;
    p.emptyRows = rows.emptyRows;
    p.rows = int(rows.rows.size()) + rows.emptyRows;
    p.changes.author = options.author;
    p.changes.origin = QStringLiteral("import");

    QHash<QString, const Indicator*> indicators;
    for (const Indicator& ind : report.indicators) indicators.insert(ind.id, &ind);
    QStringList known = indicators.keys();
    known.sort();
    QHash<QString, QString> seen; // value key -> place of the row that gave it

    const auto add = [&](const IndicatorRow& row, const QString& key, FieldPath path, const QString& what,
                         std::optional<double> before, double after) {
        const auto first = seen.constFind(key);
        if (first != seen.constEnd()) {
            p.errors.append(Error{tr("duplicated row: %1 of indicator %2, year %3 is already given on %4")
                                      .arg(what, row.indicator).arg(row.year).arg(first.value()),
                                  row.indicatorPlace});
            return;
        }
        seen.insert(key, row.place);
        if (before && *before == after) {
            ++p.unchanged;
            return;
        }
        p.preview.append(ImportPreviewItem{path, row.indicator, row.year, what, before, after, row.place});
        p.changes.changes.append(FieldChange{std::move(path), QJsonValue(after), false});
    };

    for (const IndicatorRow& row : rows.rows) {
        const Indicator* ind = indicators.value(row.indicator);
        if (!ind) {
            p.errors.append(Error{tr("unknown indicator '%1' (the report has: %2)")
                                      .arg(row.indicator, known.mid(0, 20).join(QStringLiteral(", "))),
                                  row.indicatorPlace});
            continue;
        }
        const QString year = QString::number(row.year);
        const FieldPath base{QStringLiteral("indicators"), ind->id};
        const QString sep(QChar(0x1f));
        if (!row.dimension.isEmpty()) {
            add(row, QStringLiteral("D") + sep + ind->id + sep + year + sep + row.dimension + sep + row.category,
                FieldPath{QStringLiteral("indicators"), ind->id, QStringLiteral("disaggregation"), year, row.dimension,
                          row.category},
                QStringLiteral("%1 / %2").arg(row.dimension, row.category),
                categoryValue(*ind, row.year, row.dimension, row.category), *row.actual);
            continue;
        }
        if (row.target)
            add(row, QStringLiteral("T") + sep + ind->id + sep + year, base.child(QStringLiteral("targets")).child(year),
                tr("target"), ind->targets.value(row.year), *row.target);
        if (row.actual)
            add(row, QStringLiteral("A") + sep + ind->id + sep + year, base.child(QStringLiteral("actuals")).child(year),
                tr("actual"), ind->actuals.value(row.year), *row.actual);
    }
    if (!p.errors.isEmpty()) {
        p.changes.changes.clear();
        p.preview.clear();
    }
    return p;
}

} // namespace cpc
