// Issue 9's window figures: start-up to a usable window, empty and with the sample and the large report
// (the file named on the command line, as a double-click does), and committing one typed edit through
// the window's EditSession. Offscreen; each start-up is a fresh process of this program
// (`bench_window --start LABEL SPAWN_MS [FILE]`), timed from the moment its parent started it.
#include "../common/BenchSupport.h"
#include "undo/EditSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QTemporaryDir>

using namespace cpc;
using namespace cpc::bench;

namespace {

// Usable: shown, and the event loop has gone round once (the first paint and queued set-up are done).
void firstPass(QApplication& app)
{
    app.processEvents();
    app.sendPostedEvents();
    app.processEvents();
}

FieldPath typedText(const Report& r)
{
    for (const Section& s : r.sections)
        if (!s.review.isApproved())
            return FieldPath{QStringLiteral("sections"), s.id, QStringLiteral("body"), QStringLiteral("en")};
    return FieldPath();
}

// What a pause in typing does: the typed text is committed through EditSession (one undoable change to
// the file), and the window's models take the change.
void typing(QApplication& app, MainWindow& w, const QString& label)
{
    EditSession* session = w.session();
    const FieldPath path = typedText(w.document()->report());
    if (!session || path.isEmpty()) return;
    const QString base = w.document()->report().section(path.at(1))->body.en();
    constexpr int kWarm = 5, kRuns = 101;
    std::vector<double> commit, withEvents;
    for (int i = 0; i < kWarm + kRuns; ++i) {
        session->type(path, base + QStringLiteral(" word").repeated(i % 20 + 1));
        const double t = nowMs();
        session->flush();
        const double committed = nowMs();
        app.processEvents();
        if (i >= kWarm) {
            commit.push_back(committed - t);
            withEvents.push_back(nowMs() - t);
        }
    }
    print(QStringLiteral("window_edit_%1_commit_median_ms").arg(label), median(commit), "ms",
          QStringLiteral("EditSession flush of one typed change to %1, %2 runs")
              .arg(path.toString())
              .arg(kRuns));
    print(QStringLiteral("window_edit_%1_commit_p90_ms").arg(label), percentile(commit, 0.9), "ms");
    print(QStringLiteral("window_edit_%1_with_event_pass_median_ms").arg(label), median(withEvents), "ms",
          QStringLiteral("and the window's reaction"));
}

int start(int argc, char** argv, const QString& label, double spawnMs, const QString& file)
{
    const double mainMs = nowMs();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cpcreport"));
    QCoreApplication::setOrganizationName(QStringLiteral("cpcreport"));
    MainWindow w;
    w.show();
    double openMs = 0;
    if (!file.isEmpty()) {
        const double t = nowMs();
        if (!w.openFile(file)) return 1;
        openMs = nowMs() - t;
    }
    firstPass(app);
    const double ready = nowMs();
    const QString name = QStringLiteral("window_start_%1").arg(label);
    print(name + QStringLiteral("_ms"), ready - spawnMs, "ms",
          file.isEmpty() ? QStringLiteral("process start to the empty window shown and one event pass")
                         : QStringLiteral("process start to the report shown and one event pass"));
    print(name + QStringLiteral("_in_main_ms"), ready - mainMs, "ms",
          QStringLiteral("from main(), without loading the program"));
    if (!file.isEmpty())
        print(QStringLiteral("window_open_%1_ms").arg(label), openMs, "ms",
              QStringLiteral(
                  "MainWindow::openFile: the file, the navigator's model, history for undo, the page"));
    print(name + QStringLiteral("_peak_rss"), peakMb(), "MB");
    if (!file.isEmpty()) typing(app, w, label);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--start") == 0)
        return start(argc, argv, QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toDouble(),
                     argc > 4 ? QString::fromLocal8Bit(argv[4]) : QString());

    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString large = makeLargeJson(dir.path(), 1);
    if (large.isEmpty() || sampleJson().isEmpty()) return 1;
    // Offscreen, with settings of its own: no first-run dialog, no recent files of the user's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    const QString self = app.applicationFilePath();
    bool ok = true;
    // The first start warms the disk cache, as any start after the first on an office machine would be.
    runChild(self, {QStringLiteral("--start"), QStringLiteral("warmup"), QString::number(nowMs(), 'f', 3)},
             env, true);
    ok =
        runChild(self, {QStringLiteral("--start"), QStringLiteral("empty"), QString::number(nowMs(), 'f', 3)},
                 env) &&
        ok;
    for (const auto& [label, json] :
         {std::pair{QStringLiteral("sample"), sampleJson()}, std::pair{QStringLiteral("large"), large}}) {
        const QString file = dir.filePath(label + QStringLiteral(".cpcreport"));
        if (!makeReportFile(json, file)) return 1;
        ok =
            runChild(self, {QStringLiteral("--start"), label, QString::number(nowMs(), 'f', 3), file}, env) &&
            ok;
    }
    return ok ? 0 : 1;
}
