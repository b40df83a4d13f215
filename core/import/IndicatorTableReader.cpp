#include "import/IndicatorTableReader.h"

#include "import/IndicatorValueCheck.h"
#include "util/Limits.h"

#include <QHash>
#include <cmath>

namespace cpc {

namespace {

using Column = IndicatorTableReader::Column;

const QHash<QString, Column>& headerNames()
{
    static const QHash<QString, Column> names = [] {
        QHash<QString, Column> h;
        for (const char* n :
             {"indicator", "indicador", "id", "codigo", "indicator id", "id indicador", "codigo indicador"})
            h.insert(QString::fromLatin1(n), Column::Indicator);
        for (const char* n : {"year", "ano", "anio", "reporting year", "ano de reporte"})
            h.insert(QString::fromLatin1(n), Column::Year);
        for (const char* n : {"target", "meta"})
            h.insert(QString::fromLatin1(n), Column::Target);
        for (const char* n : {"actual", "logro", "valor", "resultado", "value"})
            h.insert(QString::fromLatin1(n), Column::Actual);
        for (const char* n : {"dimension", "dimension es", "desagregacion", "disaggregation"})
            h.insert(QString::fromLatin1(n), Column::Dimension);
        for (const char* n : {"category", "categoria"})
            h.insert(QString::fromLatin1(n), Column::Category);
        return h;
    }();
    return names;
}

QString cellText(const SourceRow& row, int column)
{
    return column >= 0 && column < row.cells.size() ? row.cells.at(column).text.trimmed() : QString();
}

} // namespace

QString IndicatorTableReader::normalized(const QString& header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) continue;
        out.append(c == QLatin1Char('_') ? QLatin1Char(' ') : c.toLower());
    }
    return out.simplified();
}

std::optional<Column> IndicatorTableReader::columnFor(const QString& header)
{
    const auto it = headerNames().constFind(normalized(header));
    if (it == headerNames().constEnd()) return std::nullopt;
    return it.value();
}

IndicatorRows IndicatorTableReader::read(const SourceTable& table, std::optional<int> defaultYear)
{
    IndicatorRows out;
    const auto cellPlace = [&](const SourceRow& row, int column, const QString& header) {
        return table.cellPlace(row, column, header);
    };

    // The header: the first of the first ten rows with an indicator column.
    qsizetype headerIndex = -1;
    for (qsizetype i = 0; i < std::min<qsizetype>(10, table.rows.size()) && headerIndex < 0; ++i)
        for (const SourceCell& c : table.rows[i].cells)
            if (columnFor(c.text) == Column::Indicator) {
                headerIndex = i;
                break;
            }
    if (headerIndex < 0) {
        const QString where = table.rows.isEmpty() ? table.fileName : table.place(table.rows.first(), -1);
        out.addError(Error{tr("no indicator column: the first row must name the columns (indicator or "
                              "indicador, year or año, target or meta, actual or logro...)"),
                           where},
                     0);
        return out;
    }
    const SourceRow& header = table.rows[headerIndex];
    QHash<Column, int> columns;
    QStringList headers;
    for (int i = 0; i < header.cells.size(); ++i) {
        const QString name = header.cells[i].text.trimmed();
        headers.append(name);
        const auto column = columnFor(name);
        if (!column) {
            if (!name.isEmpty()) out.ignoredColumns.append(name);
            continue;
        }
        if (columns.contains(*column)) {
            out.addError(Error{tr("two columns mean the same thing ('%1' and '%2')")
                                   .arg(headers.at(columns.value(*column)), name),
                               cellPlace(header, i, name)},
                         0);
            continue;
        }
        columns.insert(*column, i);
    }
    const QString headerWhere = table.place(header, -1);
    if (!columns.contains(Column::Target) && !columns.contains(Column::Actual))
        out.addError(Error{tr("no value column: name one 'target' (meta) or 'actual' (logro)"), headerWhere},
                     0);
    if (!columns.contains(Column::Year) && !defaultYear)
        out.addError(
            Error{tr("no year column: add one (year or año) or give the year with --year"), headerWhere}, 0);
    if (columns.contains(Column::Dimension) != columns.contains(Column::Category))
        out.addError(Error{tr("a breakdown needs both a dimension and a category column"), headerWhere}, 0);
    if (defaultYear)
        if (const QString why = IndicatorValueCheck::yearProblem(*defaultYear); !why.isEmpty())
            out.addError(
                Error{why + QLatin1Char(' ') + tr("(the year given for rows without one)"), table.fileName},
                0);
    if (!out.errors.isEmpty()) return out;

    const int colIndicator = columns.value(Column::Indicator);
    const int colYear = columns.value(Column::Year, -1), colTarget = columns.value(Column::Target, -1);
    const int colActual = columns.value(Column::Actual, -1),
              colDimension = columns.value(Column::Dimension, -1);
    const int colCategory = columns.value(Column::Category, -1);
    const auto headerOf = [&](int column) { return headers.value(column); };
    // The row's shape (CSV): as many cells as the header up to its last named column.
    int headerWidth = 0;
    for (int i = 0; i < headers.size(); ++i)
        if (!headers.at(i).isEmpty()) headerWidth = i + 1;
    const bool checkShape = table.sheet.isEmpty();

    // The decimal mark, decided from every figure of the file (see NumberParser).
    QStringList figures;
    for (qsizetype r = headerIndex + 1; r < table.rows.size(); ++r)
        for (int c : {colTarget, colActual, colYear})
            if (c >= 0 && c < table.rows[r].cells.size() && !table.rows[r].cells[c].number)
                figures.append(table.rows[r].cells[c].text);
    const bool commaByDefault = table.sheet.isEmpty() ? table.separator == QLatin1Char(';') : true;
    out.decimal = NumberParser::decide(figures, commaByDefault ? NumberParser::Decimal::Comma
                                                               : NumberParser::Decimal::Point);
    const NumberParser parser(out.decimal);

    for (qsizetype r = headerIndex + 1; r < table.rows.size(); ++r) {
        const SourceRow& row = table.rows[r];
        if (!row.cells.isEmpty() && row.cells.first().text.trimmed().startsWith(QLatin1Char('#'))) continue;
        IndicatorRow v;
        v.line = row.line;
        v.place = table.place(row, -1);
        v.indicatorPlace = cellPlace(row, colIndicator, headerOf(colIndicator));
        v.targetPlace = colTarget < 0 ? v.place : cellPlace(row, colTarget, headerOf(colTarget));
        v.actualPlace = colActual < 0 ? v.place : cellPlace(row, colActual, headerOf(colActual));
        bool bad = false;
        const auto error = [&](int column, const QString& message) {
            out.addError(
                Error{message, column < 0 ? table.place(row, -1) : cellPlace(row, column, headerOf(column))},
                row.line);
            bad = true;
        };
        if (checkShape) {
            qsizetype used = row.cells.size();
            while (used > headerWidth && row.cells.at(used - 1).text.trimmed().isEmpty())
                --used;
            if (row.cells.size() < headerWidth || used > headerWidth) {
                out.addError(
                    Error{
                        tr("this row has %1 cells where the header has %2 columns: a separator (%3) is "
                           "missing or one too many (a decimal comma in a comma-separated file?)")
                            .arg(used < headerWidth ? row.cells.size() : used)
                            .arg(headerWidth)
                            .arg(table.separator == QLatin1Char('\t') ? tr("tab") : QString(table.separator)),
                        v.place},
                    row.line);
                continue;
            }
        }
        const auto number = [&](int column) -> std::optional<double> {
            if (column < 0 || column >= row.cells.size()) return std::nullopt;
            const SourceCell& cell = row.cells.at(column);
            std::optional<double> value = cell.number;
            if (!value) {
                const QString text = cell.text.trimmed();
                if (text.isEmpty()) return std::nullopt;
                value = parser.parse(text);
                if (!value && (text == QLatin1String("*") || text.startsWith(QLatin1Char('<')))) {
                    error(column, tr("'%1' is a value masked by small-number protection: import from an "
                                     "unmasked export (export-indicators --raw)")
                                      .arg(text.left(40)));
                    return std::nullopt;
                }
                if (!value) {
                    error(column, tr("'%1' is not a number").arg(text.left(40)));
                    return std::nullopt;
                }
            }
            if (!std::isfinite(*value)) {
                error(column, tr("'%1' is not a number").arg(cell.text.trimmed().left(40)));
                return std::nullopt;
            }
            if (std::abs(*value) > Limits::kMaxNumber) {
                error(column, tr("the number is too large"));
                return std::nullopt;
            }
            return value;
        };

        v.indicator = cellText(row, colIndicator);
        if (v.indicator.isEmpty())
            error(colIndicator, tr("no indicator id"));
        else if (Limits::characters(v.indicator) > Limits::kMaxIdLength)
            error(colIndicator, tr("the indicator id is too long"));

        const qsizetype errorsBefore = out.errors.size() + out.moreErrors;
        const std::optional<double> year = colYear >= 0 ? number(colYear) : std::nullopt;
        if (year) {
            if (*year != std::floor(*year))
                error(colYear, tr("a year is a whole number (1 is the first reporting year)"));
            else if (*year < 1 || *year > Limits::kLastPartnershipYear)
                error(colYear, IndicatorValueCheck::yearProblem(*year < 1 ? 0 : int(std::min(*year, 1e9))));
            else
                v.year = int(*year);
        } else if (out.errors.size() + out.moreErrors == errorsBefore) {
            if (defaultYear)
                v.year = *defaultYear;
            else
                error(colYear, tr("no year (fill it in or give the year with --year)"));
        }
        v.target = number(colTarget);
        v.actual = number(colActual);
        v.dimension = cellText(row, colDimension);
        v.category = cellText(row, colCategory);
        if (!v.dimension.isEmpty() && v.category.isEmpty())
            error(colCategory, tr("a breakdown row needs a category"));
        if (v.dimension.isEmpty() && !v.category.isEmpty())
            error(colDimension, tr("a breakdown row needs a dimension"));
        if (Limits::characters(v.dimension) > Limits::kMaxIdLength)
            error(colDimension, tr("the name is too long"));
        if (Limits::characters(v.category) > Limits::kMaxIdLength)
            error(colCategory, tr("the name is too long"));
        if (!v.dimension.isEmpty() && v.target)
            error(colTarget, tr("a breakdown row has no target: give the category's value as the actual"));
        if (bad) continue;
        if (!v.target && !v.actual) {
            ++out.emptyRows;
            continue;
        }
        out.rows.append(v);
    }
    return out;
}

} // namespace cpc
