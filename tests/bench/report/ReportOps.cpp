#include "ReportOps.h"

#include "../common/BenchSupport.h"
#include "checks/CheckEngine.h"
#include "import/IndicatorImport.h"
#include "merge/ContributionRequest.h"
#include "merge/ContributionScope.h"
#include "merge/MergePlanner.h"
#include "pdf/PdfExporter.h"
#include "storage/ReportDocument.h"

#include <QFileInfo>
#include <QJsonValue>

namespace cpc::bench {

namespace {

std::unique_ptr<ReportDocument> openDoc(const QString& file)
{
    auto doc = ReportDocument::open(file);
    if (!doc) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(doc.error().toString()));
        return nullptr;
    }
    return doc.take();
}

QString fig(const QString& op, const QString& label, const char* what)
{
    return op + QLatin1Char('_') + label + QLatin1Char('_') + QLatin1String(what);
}

// The figures every operation ends with: its own time, processor time and the process's peak memory.
void finish(const QString& op, const QString& label, double startMs, double startCpu,
            const QString& note = QString())
{
    print(fig(op, label, "ms"), nowMs() - startMs, "ms", note);
    print(fig(op, label, "cpu_ms"), cpuMs() - startCpu, "ms");
    print(fig(op, label, "peak_rss"), peakMb(), "MB");
}

// The narrative a user is most likely typing into: the longest English body of a section that is not locked.
FieldPath editedText(const Report& r)
{
    FieldPath best;
    qsizetype longest = -1;
    for (const Section& s : r.sections)
        if (!s.review.isApproved() && s.body.en().size() > longest) {
            longest = s.body.en().size();
            best = FieldPath{QStringLiteral("sections"), s.id, QStringLiteral("body"), QStringLiteral("en")};
        }
    return best;
}

bool edit(const QString& label, const QString& file)
{
    auto doc = openDoc(file);
    if (!doc) return false;
    const FieldPath path = editedText(doc->report());
    const QString base = doc->report().section(path.at(1))->body.en();
    constexpr int kWarm = 5, kRuns = 201;
    std::vector<double> times;
    double cpu = 0;
    for (int i = 0; i < kWarm + kRuns; ++i) {
        // What typing does: one more word each time, committed as one change.
        const QString value = base + QStringLiteral(" palabra").repeated(i % 20 + 1);
        if (i == kWarm) cpu = cpuMs();
        const double t = nowMs();
        const Status s =
            doc->apply(ChangeSet{{FieldChange{path, value}}, QStringLiteral("bench"), ChangeOrigin::Edit});
        if (!s) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(s.error().toString()));
            return false;
        }
        if (i >= kWarm) times.push_back(nowMs() - t);
    }
    const QString note =
        QStringLiteral("%1 commits of one text change to %2").arg(kRuns).arg(path.toString());
    print(fig(QStringLiteral("edit"), label, "median_ms"), median(times), "ms", note);
    print(fig(QStringLiteral("edit"), label, "p90_ms"), percentile(times, 0.9), "ms");
    print(fig(QStringLiteral("edit"), label, "cpu_per_commit_ms"), (cpuMs() - cpu) / kRuns, "ms",
          QStringLiteral("processor time; the rest of the wall time is waiting for the disk (fsync)"));
    print(fig(QStringLiteral("edit"), label, "peak_rss"), peakMb(), "MB");
    return true;
}

// A CSV as the ministry's spreadsheets come: every indicator's target and actual for each year it has.
QByteArray importCsv(const Report& r, int* rows)
{
    QString s = QStringLiteral("Indicador;A\u00f1o;Meta;Logro\r\n");
    *rows = 0;
    for (const Indicator& ind : r.indicators) {
        QList<int> years = ind.targets.keys();
        if (years.isEmpty()) years = {1};
        for (int y : years) {
            const double target = ind.targets.value(y).value_or(100) + 5;
            const double actual = ind.actuals.value(y).value_or(0) + 3;
            s += QStringLiteral("%1;%2;%3;%4\r\n").arg(ind.id).arg(y).arg(qint64(target)).arg(qint64(actual));
            ++*rows;
        }
    }
    return s.toUtf8();
}

bool import(const QString& label, const QString& file)
{
    auto doc = openDoc(file);
    if (!doc) return false;
    int rows = 0;
    const QByteArray csv = importCsv(doc->report(), &rows);
    const double start = nowMs(), cpu = cpuMs();
    const ImportPlan plan = IndicatorImport::fromBytes(doc->report(), csv, QStringLiteral("bench.csv"), {});
    if (!plan.ok()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(plan.errors.first().toString()));
        return false;
    }
    const double planned = nowMs();
    const Status s = doc->apply(plan.changes);
    if (!s) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(s.error().toString()));
        return false;
    }
    print(fig(QStringLiteral("import"), label, "plan_ms"), planned - start, "ms");
    print(fig(QStringLiteral("import"), label, "apply_ms"), nowMs() - planned, "ms");
    finish(QStringLiteral("import"), label, start, cpu,
           QStringLiteral("%1 CSV rows, %2 changes, read, checked and applied")
               .arg(rows)
               .arg(plan.changes.changes.size()));
    return true;
}

// The entity with the most parts open to it, and a few hundred changes it could make in its contribution.
QList<FieldChange> contributionChanges(const Report& r, QString* entity)
{
    ContributionScope widest;
    for (const Entity& e : r.entities) {
        ContributionScope s(r, e.id);
        const auto size = [](const ContributionScope& c) {
            return c.sections().size() + c.activities().size() + c.indicators().size();
        };
        if (size(s) > size(widest)) widest = s;
    }
    *entity = widest.entity();
    QList<FieldChange> out;
    const auto add = [&](FieldPath p, QJsonValue v) {
        if (out.size() < 300 && widest.allows(p, v)) out.append(FieldChange{std::move(p), std::move(v)});
    };
    const QString rev = QStringLiteral(" (revisado por la entidad)");
    for (const Indicator& ind : r.indicators)
        if (widest.indicators().contains(ind.id) && !ind.review.isApproved())
            for (auto it = ind.targets.cbegin(); it != ind.targets.cend(); ++it)
                add({QStringLiteral("indicators"), ind.id, QStringLiteral("actuals"),
                     QString::number(it.key())},
                    ind.actuals.value(it.key()).value_or(0) + 7);
    for (const Section& s : r.sections) {
        if (widest.sections().contains(s.id) && !s.review.isApproved())
            for (const QString& lang : {QStringLiteral("en"), QStringLiteral("es")})
                add({QStringLiteral("sections"), s.id, QStringLiteral("body"), lang},
                    s.body.text(*languageFromCode(lang)) + rev);
        for (const Activity& a : s.activities)
            if (widest.activities().contains(a.id) && !a.review.isApproved() && !s.review.isApproved())
                for (const QString& lang : {QStringLiteral("en"), QStringLiteral("es")})
                    add({QStringLiteral("activities"), a.id, QStringLiteral("body"), lang},
                        a.body.text(*languageFromCode(lang)) + rev);
    }
    return out;
}

bool merge(const QString& label, const QString& file, const QString& work)
{
    auto doc = openDoc(file);
    if (!doc) return false;
    QString entity;
    const QList<FieldChange> changes = contributionChanges(doc->report(), &entity);
    const QString contribution =
        work + QStringLiteral("/contribution-") + label + QStringLiteral(".cpcreport");
    QFile::remove(contribution);
    if (auto req = ContributionRequest::create(*doc, entity, contribution); !req) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(req.error().toString()));
        return false;
    }
    {
        auto c = openDoc(contribution);
        if (!c) return false;
        ContributionRequest::restrictEdits(*c, entity);
        if (Status s = c->apply(ChangeSet{changes, entity, ChangeOrigin::Edit}); !s) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(s.error().toString()));
            return false;
        }
    }
    const double start = nowMs(), cpu = cpuMs();
    auto plan = MergePlanner::plan(*doc, contribution);
    if (!plan) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(plan.error().toString()));
        return false;
    }
    const double planned = nowMs();
    if (Status s = MergePlanner::apply(*doc, plan.value()); !s) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(s.error().toString()));
        return false;
    }
    print(fig(QStringLiteral("merge"), label, "plan_ms"), planned - start, "ms");
    print(fig(QStringLiteral("merge"), label, "apply_ms"), nowMs() - planned, "ms");
    finish(QStringLiteral("merge"), label, start, cpu,
           QStringLiteral("contribution of %1 with %2 changed fields: %3 to take, planned and merged")
               .arg(entity)
               .arg(changes.size())
               .arg(plan->count(MergeItem::Kind::Change)));
    return true;
}

} // namespace

bool runReportOp(const QString& op, const QString& label, const QString& file, const QString& work)
{
    if (op == QLatin1String("open")) {
        const double start = nowMs(), cpu = cpuMs();
        auto doc = openDoc(file);
        if (!doc) return false;
        finish(op, label, start, cpu,
               QStringLiteral("ReportDocument::open, %1 KiB file").arg(QFileInfo(file).size() >> 10));
        return true;
    }
    if (op == QLatin1String("edit")) return edit(label, file);
    if (op == QLatin1String("import")) return import(label, file);
    if (op == QLatin1String("merge")) return merge(label, file, work);
    auto doc = openDoc(file);
    if (!doc) return false;
    const double start = nowMs(), cpu = cpuMs();
    if (op == QLatin1String("pdf")) {
        const QString out = work + QStringLiteral("/") + label + QStringLiteral(".pdf");
        if (Status s = PdfExporter::exportReport(doc->report(), out, PdfOptions{}); !s) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(s.error().toString()));
            return false;
        }
        finish(op, label, start, cpu,
               QStringLiteral("both languages, sequential, Letter; %1 KiB").arg(QFileInfo(out).size() >> 10));
        return true;
    }
    if (op == QLatin1String("check")) {
        const Findings f = CheckEngine(CheckEngine::contextFor(*doc)).run(doc->report());
        finish(op, label, start, cpu,
               QStringLiteral("all rules with spelling, first run; %1 findings").arg(f.size()));
        return true;
    }
    std::fprintf(stderr, "bench: unknown operation %s\n", qPrintable(op));
    return false;
}

} // namespace cpc::bench
