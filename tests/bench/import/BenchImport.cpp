// Importing indicator data: 10,000 rows of CSV (Spanish Excel style) and of XLSX, read, checked and
// turned into one change set, then applied to a report file. Prints "name: value unit" lines.
#include "import/IndicatorImport.h"
#include "storage/ReportDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <sys/resource.h>
#include <xlsxwriter.h>

using namespace cpc;

namespace {

constexpr int kIndicators = 200, kYears = 5, kCategories = 9; // 200 x 5 x (1 + 9) = 10,000 rows

Report benchReport()
{
    Report r;
    r.info.templateId = QStringLiteral("bench");
    r.info.periodStart = QStringLiteral("2022-04-26");
    r.info.periodEnd = QStringLiteral("2023-04-25");
    for (int i = 0; i < kIndicators; ++i) {
        Indicator ind;
        ind.id = QStringLiteral("%1.%2").arg(1 + i % 4).arg(i);
        ind.objective = 1 + i % 4;
        ind.name = BiText(QStringLiteral("Indicator %1").arg(i), QStringLiteral("Indicador %1").arg(i));
        r.indicators.append(ind);
    }
    return r;
}

QString value(int i, int y, int c)
{
    return QString::number((i * 131 + y * 17 + c * 7) % 5000);
}

QByteArray csvRows(const Report& r)
{
    QString s =
        QStringLiteral("Indicador;A\u00f1o;Meta;Logro;Dimensi\u00f3n;Categor\u00eda;Observaciones\r\n");
    for (int i = 0; i < kIndicators; ++i)
        for (int y = 1; y <= kYears; ++y) {
            const QString& id = r.indicators[i].id;
            s += QStringLiteral("%1;%2;%3;%4,5;;;\"nota\r\nlarga\"\r\n")
                     .arg(id)
                     .arg(y)
                     .arg(QLocale(QLocale::Spanish, QLocale::Colombia)
                              .toString(value(i, y, 99).toLongLong() * 1000 + 1000))
                     .arg(value(i, y, 0));
            for (int c = 1; c <= kCategories; ++c)
                s += QStringLiteral("%1;%2;;%3;edad;grupo %4;\r\n").arg(id).arg(y).arg(value(i, y, c)).arg(c);
        }
    return QByteArray("\xEF\xBB\xBF") + s.toUtf8();
}

bool writeXlsx(const QString& path, const Report& r)
{
    lxw_workbook* wb = workbook_new(path.toUtf8().constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Datos");
    const char* headers[] = {"Indicador",
                             "A\xC3\xB1o",
                             "Meta",
                             "Logro",
                             "Dimensi\xC3\xB3n",
                             "Categor\xC3\xAD"
                             "a"};
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], nullptr);
    lxw_row_t row = 1;
    for (int i = 0; i < kIndicators; ++i)
        for (int y = 1; y <= kYears; ++y) {
            const QByteArray id = r.indicators[i].id.toUtf8();
            worksheet_write_string(ws, row, 0, id.constData(), nullptr);
            worksheet_write_number(ws, row, 1, y, nullptr);
            worksheet_write_number(ws, row, 2, value(i, y, 99).toDouble() * 1000 + 1000, nullptr);
            worksheet_write_number(ws, row, 3, value(i, y, 0).toDouble() + 0.5, nullptr);
            ++row;
            for (int c = 1; c <= kCategories; ++c, ++row) {
                worksheet_write_string(ws, row, 0, id.constData(), nullptr);
                worksheet_write_number(ws, row, 1, y, nullptr);
                worksheet_write_number(ws, row, 3, value(i, y, c).toDouble(), nullptr);
                worksheet_write_string(ws, row, 4, "edad", nullptr);
                worksheet_write_string(ws, row, 5, QStringLiteral("grupo %1").arg(c).toUtf8().constData(),
                                       nullptr);
            }
        }
    return workbook_close(wb) == LXW_NO_ERROR;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const Report report = benchReport();
    QTemporaryDir dir;

    const QByteArray csv = csvRows(report);
    QElapsedTimer t;
    t.start();
    const ImportPlan plan = IndicatorImport::fromBytes(report, csv, QStringLiteral("bench.csv"), {});
    const double csvMs = ms(t);
    if (!plan.ok()) {
        out << "import_csv_10000_rows: failed: " << plan.errors.first().toString() << '\n';
        return 1;
    }
    out << "import_csv_10000_rows_parse_validate: " << QString::number(csvMs, 'f', 1) << " ms (" << plan.rows
        << " rows, " << plan.changes.changes.size() << " changes, " << (csv.size() >> 10) << " KiB)\n";

    const QString xlsxPath = dir.filePath(QStringLiteral("bench.xlsx"));
    if (writeXlsx(xlsxPath, report)) {
        t.restart();
        const ImportPlan x = IndicatorImport::fromFile(report, xlsxPath, {});
        out << "import_xlsx_10000_rows_parse_validate: " << QString::number(ms(t), 'f', 1) << " ms ("
            << (x.ok() ? QString::number(x.changes.changes.size()) + QStringLiteral(" changes")
                       : x.errors.first().toString())
            << ")\n";
    }

    auto doc = ReportDocument::create(dir.filePath(QStringLiteral("bench.cpcreport")), report, {});
    if (!doc) {
        out << "import_apply_10000_rows: not measured (" << doc.error().toString() << ")\n";
        return 0;
    }
    t.restart();
    const double cpuBefore = cpuMs();
    const Status s = doc.value()->apply(plan.changes);
    out << "import_apply_10000_rows: " << QString::number(ms(t), 'f', 1) << " ms"
        << (s ? QString() : QStringLiteral(" (failed: %1)").arg(s.error().toString())) << '\n';
    // Processor time: what the apply costs, whatever else the machine is doing.
    out << "import_apply_10000_rows_cpu: " << QString::number(cpuMs() - cpuBefore, 'f', 1) << " ms\n";
    return 0;
}
