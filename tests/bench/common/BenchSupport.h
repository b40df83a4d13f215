// Shared by the benchmarks of issue 9 (report, window): clocks, peak memory, the reports measured and
// running one measurement per child process, so that each figure's peak memory is its own.
#pragma once

#include "storage/ReportDocument.h"
#include "util/ResourcePaths.h"

#include "json/ReportJsonReader.h"
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <vector>

namespace cpc::bench {

// CLOCK_MONOTONIC is shared by all processes: a parent and its child can subtract their readings.
inline double nowMs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

inline double peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0; // kilobytes on Linux
}

inline double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

inline void print(const QString& name, double value, const char* unit, const QString& note = QString())
{
    std::printf("%s: %.*f %s%s\n", qPrintable(name), value < 10 ? 2 : 1, value, unit,
                note.isEmpty() ? "" : qPrintable(QStringLiteral(" (") + note + QLatin1Char(')')));
    std::fflush(stdout);
}

inline double median(std::vector<double> v)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

inline QString sampleJson()
{
    return ResourcePaths::file(QStringLiteral("samples/sample-report.json"));
}

// gen_large_report.py --scale `scale` into `dir`; the JSON's path, or empty.
inline QString makeLargeJson(const QString& dir, int scale)
{
    const QString prefix = dir + QStringLiteral("/large%1").arg(scale);
    const QString tool = QStringLiteral(CPC_BENCH_SHARED_DIR "/tools/gen_large_report.py");
    if (QProcess::execute(QStringLiteral("python3"), {tool, QStringLiteral("--scale"), QString::number(scale),
                                                      QStringLiteral("--out"), prefix}) != 0) {
        std::fprintf(stderr, "bench: %s failed\n", qPrintable(tool));
        return QString();
    }
    return prefix + QStringLiteral(".json");
}

inline std::optional<Report> loadJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
    auto r = ReportJsonReader::read(f.readAll(), path);
    if (!r) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(r.error().toString()));
        return std::nullopt;
    }
    return r.take();
}

// A .cpcreport made from a JSON report, as `cpcreport new --from-json` does.
inline bool makeReportFile(const QString& json, const QString& path)
{
    auto report = loadJson(json);
    if (!report) return false;
    QFile::remove(path);
    auto doc = ReportDocument::create(path, *report, {});
    if (!doc) std::fprintf(stderr, "bench: %s\n", qPrintable(doc.error().toString()));
    return bool(doc);
}

// Runs this program again with `args`, passing its figures through unless `quiet`; false when the child
// failed.
inline bool runChild(const QString& program, const QStringList& args,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                     bool quiet = false)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    if (!p.waitForFinished(600000)) {
        std::fprintf(stderr, "bench: %s %s did not finish\n", qPrintable(program),
                     qPrintable(args.join(QLatin1Char(' '))));
        p.kill();
        p.waitForFinished();
        return false;
    }
    if (!quiet) std::fputs(p.readAllStandardOutput().constData(), stdout);
    std::fflush(stdout);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench: %s %s failed (exit %d)\n", qPrintable(program),
                     qPrintable(args.join(QLatin1Char(' '))), p.exitCode());
        return false;
    }
    return true;
}

} // namespace cpc::bench
