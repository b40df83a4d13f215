// Exports the large generated report (gen_large_report.py) to Word in each layout and prints time, CPU and
// peak memory: the export of the largest report should take well under a second.
#include "../common/BenchSupport.h"
#include "docx/DocxExporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace cpc;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    for (const int scale : {1, 4}) {
        const QString json = bench::makeLargeJson(dir.path(), scale);
        auto report = bench::loadJson(json);
        if (!report) return 1;
        for (const auto layout : {PdfOptions::Layout::Sequential, PdfOptions::Layout::Parallel}) {
            PdfOptions o;
            o.layout = layout;
            const QString name = QStringLiteral("docx scale %1 %2")
                                     .arg(scale)
                                     .arg(layout == PdfOptions::Layout::Parallel ? "parallel" : "sequential");
            const QString out = dir.filePath(QStringLiteral("large.docx"));
            std::vector<double> times;
            double cpu = 0;
            for (int run = 0; run < 3; ++run) {
                const double c0 = bench::cpuMs(), t0 = bench::nowMs();
                const Status s = DocxExporter::exportReport(*report, out, o);
                times.push_back(bench::nowMs() - t0);
                cpu = bench::cpuMs() - c0;
                if (!s) {
                    std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
                    return 3;
                }
            }
            bench::print(name + QStringLiteral(" time"), bench::median(times) / 1000.0, "s",
                         QStringLiteral("median of 3, CPU %1 s, %2 KB")
                             .arg(cpu / 1000.0, 0, 'f', 3)
                             .arg(QFileInfo(out).size() / 1024));
        }
    }
    bench::print(QStringLiteral("docx peak memory"), bench::peakMb(), "MB");
    return 0;
}
