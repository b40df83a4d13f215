// Issue 9's figures for the sample report and the large generated report (gen_large_report.py, scale 1):
// opening the file, committing one edit, PDF export, the readiness check, an indicator import and a
// contribution merge, each with its peak memory. Every measurement runs in a fresh process of this program
// (`bench_report --op OP LABEL FILE WORKDIR`) so that its peak memory is its own.
#include "../common/BenchSupport.h"
#include "ReportOps.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace cpc;
using namespace cpc::bench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 5 && args[0] == QLatin1String("--op"))
        return runReportOp(args[1], args[2], args[3], args[4]) ? 0 : 1;

    QTemporaryDir dir;
    const QString large = makeLargeJson(dir.path(), 1);
    if (large.isEmpty() || sampleJson().isEmpty()) return 1;
    bool ok = true;
    for (const auto& [label, json] :
         {std::pair{QStringLiteral("sample"), sampleJson()}, std::pair{QStringLiteral("large"), large}}) {
        const QString file = dir.filePath(label + QStringLiteral(".cpcreport"));
        for (const char* op : {"open", "edit", "pdf", "check", "import", "merge"}) {
            // A fresh copy each time: edits, imports and merges change the file.
            if (!makeReportFile(json, file)) return 1;
            ok = runChild(app.applicationFilePath(),
                          {QStringLiteral("--op"), QString::fromLatin1(op), label, file, dir.path()}) &&
                 ok;
        }
    }
    return ok ? 0 : 1;
}
