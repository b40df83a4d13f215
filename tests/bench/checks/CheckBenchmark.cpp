// How long the readiness checks take on a report of the PDF benchmark's size (gen_large_report.py, scale 1,
// about 100 Letter pages a language). Prints "name: value unit" lines.
#include "checks/CheckEngine.h"
#include "checks/CommentRules.h"
#include "checks/CompletenessRules.h"
#include "checks/IndicatorRules.h"
#include "checks/PrivacyRules.h"
#include "checks/Readiness.h"
#include "checks/SpellingRules.h"
#include "checks/TranslationRules.h"

#include "json/ReportJsonReader.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace cpc;

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void print(const char* name, double value, const char* unit)
{
    std::printf("%s: %.1f %s\n", name, value, unit);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("large"));
    const QString script = QStringLiteral(CPC_BENCH_SHARED_DIR "/tools/gen_large_report.py");
    if (QProcess::execute(QStringLiteral("python3"), {script, QStringLiteral("--scale"), QStringLiteral("1"),
                                                      QStringLiteral("--out"), prefix}) != 0) {
        std::fprintf(stderr, "bench_checks: could not run %s\n", qPrintable(script));
        return 1;
    }
    QFile f(prefix + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly)) return 1;
    auto report = ReportJsonReader::read(f.readAll(), f.fileName());
    if (!report) {
        std::fprintf(stderr, "bench_checks: %s\n", qPrintable(report.error().toString()));
        return 1;
    }
    const Report& r = report.value();

    // The first run pays for loading the two Hunspell dictionaries, as `cpcreport check` does once.
    QElapsedTimer t;
    t.start();
    Findings first = CheckEngine().run(r);
    print("checks_first_run_ms", ms(t), "ms");

    t.restart();
    Findings findings = CheckEngine().run(r);
    print("checks_warm_run_ms", ms(t), "ms");

    CheckContext noSpelling;
    noSpelling.spelling = false;
    t.restart();
    const Findings withoutSpelling = CheckEngine(noSpelling).run(r);
    print("checks_without_spelling_ms", ms(t), "ms");

    // Each family alone, to see where the time goes.
    auto family = [&](const char* name, void (*run)(const Report&, const CheckContext&, Findings&)) {
        Findings out;
        QElapsedTimer ft;
        ft.start();
        run(r, CheckContext{}, out);
        print(name, ms(ft), "ms");
    };
    family("checks_completeness_ms", &CompletenessRules::run);
    family("checks_translation_ms", &TranslationRules::run);
    family("checks_indicators_ms", &IndicatorRules::run);
    family("checks_privacy_ms", &PrivacyRules::run);
    family("checks_spelling_ms", &SpellingRules::run);
    family("checks_comments_ms", &CommentRules::run);

    const Readiness ready = Readiness::compute(r, findings, {});
    print("checks_findings", findings.size(), "findings");
    print("checks_errors", ready.errors, "findings");
    print("checks_warnings", ready.warnings, "findings");
    QMap<QString, int> perRule;
    for (const Finding& x : findings)
        ++perRule[x.rule];
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
        std::printf("checks_rule %s: %d findings\n", qPrintable(it.key()), it.value());
    return first.size() == findings.size() ? 0 : 1;
}
