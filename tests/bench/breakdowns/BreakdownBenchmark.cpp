// Issue 14 (defect 7): breakdowns at scale. For 10,000, 40,000 and 80,000 distinct breakdown values of one
// sensitive indicator (4 years x 4 dimensions, categories growing with the size), each step a coordinator
// takes: the CSV import (read and checked, then applied), the merge of a contribution that changed every
// value, and the exports (CSV, XLSX, PDF). Prints "name: value unit" lines and, per step, how the time
// grows from the smallest size: about 4 and 8 for linear work, 16 and 64 for quadratic.
#include "../common/BenchSupport.h"
#include "export/CsvWriter.h"
#include "export/IndicatorTable.h"
#include "export/SuppressionPlan.h"
#include "export/XlsxWriter.h"
#include "import/IndicatorImport.h"
#include "merge/ContributionRequest.h"
#include "merge/MergePlanner.h"
#include "pdf/PdfExporter.h"

#include "json/ReportJsonReader.h"
#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

using namespace cpc;
using namespace cpc::bench;

namespace {

constexpr int kYears = 4, kDimensions = 4;
const QString kId = QStringLiteral("9.1");

QString category(int c)
{
    return QStringLiteral("municipio %1").arg(c, 5, 10, QLatin1Char('0'));
}
QString dimension(int d)
{
    return QStringLiteral("dimension %1").arg(d);
}
double value(int y, int d, int c)
{
    return double((y * 31 + d * 17 + c * 7) % 400 + ((c % 97) == 0 ? 0 : 6));
}

std::optional<Report> baseReport()
{
    auto r = loadJson(sampleJson());
    if (!r) return std::nullopt;
    Indicator ind;
    ind.id = kId;
    ind.objective = 2;
    ind.name = BiText(QStringLiteral("Child victims identified by municipality"),
                      QStringLiteral("NNA víctimas identificadas por municipio"));
    ind.responsible = {QStringLiteral("ICBF")};
    r->indicators.append(ind);
    return r;
}

QByteArray csv(int rows, int shift)
{
    const int perDimension = rows / (kYears * kDimensions);
    QString s = QStringLiteral("Indicador;A\u00f1o;Logro;Dimensi\u00f3n;Categor\u00eda\r\n");
    for (int y = 1; y <= kYears; ++y)
        for (int d = 0; d < kDimensions; ++d)
            for (int c = 0; c < perDimension; ++c)
                s += QStringLiteral("%1;%2;%3;%4;%5\r\n")
                         .arg(kId)
                         .arg(y)
                         .arg(value(y, d, c) + shift)
                         .arg(dimension(d), category(c));
    return s.toUtf8();
}

struct Figures {
    QMap<QString, double> ms;
};

bool run(int rows, const QString& work, Figures& out)
{
    const auto report = baseReport();
    if (!report) return false;
    const QString file = work + QStringLiteral("/b%1.cpcreport").arg(rows);
    auto doc = ReportDocument::create(file, *report, {});
    if (!doc) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(doc.error().toString()));
        return false;
    }
    ReportDocument& d = *doc.value();
    const QByteArray bytes = csv(rows, 0);
    double t = nowMs();
    const ImportPlan plan = IndicatorImport::fromBytes(d.report(), bytes, QStringLiteral("b.csv"), {});
    out.ms[QStringLiteral("import_plan")] = nowMs() - t;
    if (!plan.ok()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(plan.errors.first().toString()));
        return false;
    }
    t = nowMs();
    if (Status s = d.apply(plan.changes); !s) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(s.error().toString()));
        return false;
    }
    out.ms[QStringLiteral("import_apply")] = nowMs() - t;

    t = nowMs();
    const SuppressionPlan protection(d.report());
    out.ms[QStringLiteral("suppression_plan")] = nowMs() - t;
    t = nowMs();
    const IndicatorTable table = IndicatorTable::build(d.report(), Language::Es, protection);
    const QByteArray exported = CsvWriter::toBytes(table.combined(), Language::Es, table.note);
    out.ms[QStringLiteral("export_csv")] = nowMs() - t;
    t = nowMs();
    if (Status s = XlsxWriter::write(work + QStringLiteral("/b.xlsx"), table); !s) return false;
    out.ms[QStringLiteral("export_xlsx")] = nowMs() - t;
    t = nowMs();
    const auto pdf = PdfExporter::render(d.report(), PdfOptions{});
    out.ms[QStringLiteral("export_pdf")] = nowMs() - t;
    if (!pdf) std::fprintf(stderr, "bench: %s\n", qPrintable(pdf.error().toString()));

    // A contribution whose entity changed every value (each one more), merged back.
    const QString contribution = work + QStringLiteral("/c%1.cpcreport").arg(rows);
    if (auto req = ContributionRequest::create(d, QStringLiteral("ICBF"), contribution); !req) return false;
    {
        auto c = ReportDocument::open(contribution);
        if (!c) return false;
        const ImportPlan changed =
            IndicatorImport::fromBytes(c.value()->report(), csv(rows, 1), QStringLiteral("c.csv"), {});
        ContributionRequest::restrictEdits(*c.value(), QStringLiteral("ICBF"));
        if (!changed.ok() || !c.value()->apply(changed.changes)) return false;
    }
    t = nowMs();
    auto merge = MergePlanner::plan(d, contribution);
    if (!merge) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(merge.error().toString()));
        return false;
    }
    out.ms[QStringLiteral("merge_plan")] = nowMs() - t;
    t = nowMs();
    if (Status s = MergePlanner::apply(d, merge.value()); !s) return false;
    out.ms[QStringLiteral("merge_apply")] = nowMs() - t;
    print(QStringLiteral("breakdowns_%1_csv_bytes").arg(rows), double(exported.size()) / 1024.0, "KiB",
          QStringLiteral("%1 masked cells, %2 merged")
              .arg(table.maskedCells)
              .arg(merge->count(MergeItem::Kind::Change)));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QList<int> sizes{10000, 40000, 80000};
    if (argc > 1) sizes = {QString::fromLocal8Bit(argv[1]).toInt()};
    QMap<int, Figures> all;
    for (int n : sizes) {
        Figures f;
        if (!run(n, dir.path(), f)) {
            std::fprintf(stderr, "bench: breakdowns %d failed\n", n);
            return 1;
        }
        for (auto it = f.ms.cbegin(); it != f.ms.cend(); ++it)
            print(QStringLiteral("breakdowns_%1_%2").arg(n).arg(it.key()), it.value(), "ms");
        all.insert(n, f);
    }
    if (all.size() < 2) return 0;
    const Figures& first = all.first();
    for (auto it = first.ms.cbegin(); it != first.ms.cend(); ++it) {
        QStringList growth;
        for (int n : all.keys())
            growth << QStringLiteral("%1: x%2").arg(n).arg(
                all[n].ms.value(it.key()) / std::max(0.01, it.value()), 0, 'f', 1);
        print(QStringLiteral("breakdowns_growth_%1").arg(it.key()),
              all.last().ms.value(it.key()) / std::max(0.01, it.value()), "x",
              growth.join(QStringLiteral(", ")) + QStringLiteral("; linear: x4, x8"));
    }
    return 0;
}
