#include "import/IndicatorImport.h"

#include "export/SpreadsheetCell.h"
#include "import/CsvReader.h"
#include "import/IndicatorValueCheck.h"
#include "import/XlsxReader.h"
#include "model/Paths.h"
#include "util/InputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonValue>
#include <algorithm>

namespace cpc {

namespace {

// The breakdown values of the report by indicator, year, dimension and category: an import of tens of
// thousands of categories looks each one up once instead of walking the lists.
QString categoryKey(const QString& id, int year, const QString& dimension, const QString& category)
{
    const QChar sep(0x1f);
    return id + sep + QString::number(year) + sep + dimension + sep + category;
}

QHash<QString, double> categoryValues(const Report& report)
{
    QHash<QString, double> out;
    for (const Indicator& ind : report.indicators)
        for (auto y = ind.disaggregation.cbegin(); y != ind.disaggregation.cend(); ++y)
            for (const Disaggregation& d : y.value())
                for (const DisaggregationCategory& c : d.categories)
                    out.insert(categoryKey(ind.id, y.key(), d.dimension, c.name), c.value);
    return out;
}

} // namespace

Result<SourceTable> IndicatorImport::load(const QByteArray& bytes, const QString& fileName,
                                          const QString& sheet)
{
    if (bytes.isEmpty()) return Error{tr("the file is empty"), fileName};
    if (XlsxReader::looksLikeZip(bytes)) {
        auto xlsx = XlsxReader::read(bytes, fileName, sheet);
        if (!xlsx) return xlsx;
        // Texts the export made inert ("'=...") read back as written (SpreadsheetCell).
        for (SourceRow& row : xlsx.value().rows)
            for (SourceCell& c : row.cells)
                if (!c.number) c.text = SpreadsheetCell::restored(c.text);
        return xlsx;
    }
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
        for (QString& f : r.fields)
            row.cells.append(SourceCell{SpreadsheetCell::restored(f), std::nullopt});
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
        failed.errors.append(
            Error{tr("the file is too large (at most %1 MB)").arg(kMaxFileBytes >> 20), path});
        return failed;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        failed.errors.append(
            Error{tr("the file cannot be read (%1)").arg(f.errorString()), path, Error::Kind::Failed});
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
    const QString decimal =
        rows.decimal == NumberParser::Decimal::Comma ? tr("decimal comma") : tr("decimal point");
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
    p.ignoredColumns = rows.ignoredColumns;
    p.emptyRows = rows.emptyRows;
    p.rows = int(rows.rows.size()) + rows.emptyRows;
    p.changes.author = options.author;
    p.changes.origin = ChangeOrigin::Import;

    QHash<QString, const Indicator*> indicators;
    for (const Indicator& ind : report.indicators)
        indicators.insert(ind.id, &ind);
    QStringList known = indicators.keys();
    known.sort();
    QHash<QString, QString> seen; // value key -> place of the row that gave it
    const QHash<QString, double> categories = categoryValues(report);
    // This pass's errors, in row order like the reader's; both lists are merged in file order below.
    IndicatorRows found;
    const auto refuse = [&](const IndicatorRow& row, const QString& message, const QString& where) {
        found.addError(Error{message, where}, row.line);
    };

    const auto add = [&](const IndicatorRow& row, const QString& key, FieldPath path, const QString& what,
                         std::optional<double> before, double after, const QString& valuePlace) {
        const auto first = seen.constFind(key);
        if (first != seen.constEnd()) {
            refuse(row,
                   tr("duplicated row: %1 of indicator %2, year %3 is already given on %4")
                       .arg(what, row.indicator)
                       .arg(row.year)
                       .arg(first.value()),
                   row.indicatorPlace);
            return;
        }
        seen.insert(key, row.place);
        if (const QString why = IndicatorValueCheck::problem(*indicators.value(row.indicator), after);
            !why.isEmpty()) {
            refuse(row, why, valuePlace);
            return;
        }
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
            refuse(row,
                   tr("unknown indicator '%1' (the report has: %2)")
                       .arg(row.indicator, known.mid(0, 20).join(QStringLiteral(", "))),
                   row.indicatorPlace);
            continue;
        }
        const QString year = QString::number(row.year);
        const QString sep(QChar(0x1f));
        if (!row.dimension.isEmpty()) {
            const QString key = categoryKey(ind->id, row.year, row.dimension, row.category);
            const auto stored = categories.constFind(key);
            add(row, QStringLiteral("D") + sep + key,
                Paths::indicatorBreakdownCategory(ind->id, row.year, row.dimension, row.category),
                QStringLiteral("%1 / %2").arg(row.dimension, row.category),
                stored == categories.constEnd() ? std::nullopt : std::optional<double>(stored.value()),
                *row.actual, row.actualPlace);
            continue;
        }
        if (row.target)
            add(row, QStringLiteral("T") + sep + ind->id + sep + year,
                Paths::indicatorTarget(ind->id, row.year), tr("target"), ind->targets.value(row.year),
                *row.target, row.targetPlace);
        if (row.actual)
            add(row, QStringLiteral("A") + sep + ind->id + sep + year,
                Paths::indicatorActual(ind->id, row.year), tr("actual"), ind->actuals.value(row.year),
                *row.actual, row.actualPlace);
    }
    // The reader's errors and this pass's, in file order (each list already is), at most kMaxErrors.
    qsizetype a = 0, b = 0;
    while ((a < rows.errors.size() || b < found.errors.size()) &&
           p.errors.size() < IndicatorRows::kMaxErrors) {
        const bool takeReader = b >= found.errors.size() ||
                                (a < rows.errors.size() && rows.errorLines.at(a) <= found.errorLines.at(b));
        p.errors.append(takeReader ? rows.errors.at(a++) : found.errors.at(b++));
    }
    p.moreErrors = int(rows.errors.size() - a + found.errors.size() - b) + rows.moreErrors + found.moreErrors;
    if (!p.errors.isEmpty()) {
        p.changes.changes.clear();
        p.preview.clear();
    }
    return p;
}

} // namespace cpc
