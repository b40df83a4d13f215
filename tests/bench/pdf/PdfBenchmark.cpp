// Exports the large generated reports (gen_large_report.py) to PDF and prints time and peak memory.
// `bench_pdf REPORT.json OUT.pdf [en|es|both] [sequential|parallel] [letter|a4]` exports one file instead
// and prints the same figures for it.
#include "pdf/PdfExporter.h"

#include "json/ReportJsonReader.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace cpc;

namespace {

double peakMegabytes()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

std::optional<Report> load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
    auto r = ReportJsonReader::read(f.readAll(), path);
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
        return std::nullopt;
    }
    return r.take();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 2) {
        auto report = load(args[0]);
        if (!report) return 2;
        PdfOptions o;
        if (args.size() > 2) o.languages = PdfOptions::languagesFromId(args[2]).value_or(o.languages);
        if (args.size() > 3) o.layout = PdfOptions::layoutFromId(args[3]).value_or(o.layout);
        if (args.size() > 4) o.paper = PdfOptions::paperFromId(args[4]).value_or(o.paper);
        const double cpu = cpuSeconds();
        QElapsedTimer t;
        t.start();
        const Status s = PdfExporter::exportReport(*report, args[1], o);
        if (!s) std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
        // The same figures as the benchmark's, for one report of one's choosing (a profile, a comparison).
        else
            std::printf(
                "pdf_export_seconds: %.3f s\npdf_export_cpu_seconds: %.3f s\npdf_export_peak_rss: %.1f MB\n",
                double(t.nsecsElapsed()) / 1e9, cpuSeconds() - cpu, peakMegabytes());
        return s ? 0 : 3;
    }
    QTemporaryDir dir;
    const QString tool = QStringLiteral(CPC_BENCH_SHARED_DIR "/tools/gen_large_report.py");
    for (const int scale : {1, 4}) {
        const QString prefix = dir.filePath(QStringLiteral("large%1").arg(scale));
        if (QProcess::execute(QStringLiteral("python3"),
                              {tool, QStringLiteral("--scale"), QString::number(scale),
                               QStringLiteral("--out"), prefix}) != 0) {
            std::fprintf(stderr, "bench_pdf: gen_large_report.py failed\n");
            return 1;
        }
        auto report = load(prefix + QStringLiteral(".json"));
        if (!report) return 1;
        const double before = peakMegabytes();
        const double cpu = cpuSeconds();
        QElapsedTimer t;
        t.start();
        const QString out = dir.filePath(QStringLiteral("large%1.pdf").arg(scale));
        const Status s = PdfExporter::exportReport(*report, out, PdfOptions{});
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        const double cpuUsed = cpuSeconds() - cpu;
        if (!s) {
            std::fprintf(stderr, "bench_pdf: %s\n", qPrintable(s.error().toString()));
            return 1;
        }
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {out});
        info.waitForFinished();
        const QString pages = QString::fromUtf8(info.readAllStandardOutput())
                                  .section(QStringLiteral("Pages:"), 1)
                                  .section(QLatin1Char('\n'), 0, 0)
                                  .trimmed();
        std::printf("pdf_export_scale%d_both_seconds: %.3f s\n", scale, seconds);
        // Processor time: the figure to compare when the machine is shared.
        std::printf("pdf_export_scale%d_both_cpu_seconds: %.3f s\n", scale, cpuUsed);
        std::printf("pdf_export_scale%d_peak_rss: %.1f MB (before export %.1f MB)\n", scale, peakMegabytes(),
                    before);
        std::printf("pdf_export_scale%d_pages: %s pages, %.1f MB file\n", scale, qPrintable(pages),
                    double(QFile(out).size()) / 1e6);
        std::fflush(stdout);
    }
    return 0;
}
