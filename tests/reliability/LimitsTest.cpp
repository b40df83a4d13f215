// Every documented limit (docs/limits.md, core/util/Limits.h) is enforced with the real binary, with a
// message naming the file and the place, before any work is done: exit 2 and the report unchanged.
#include "util/Limits.h"

#include "ReliabilitySupport.h"
#include "import/IndicatorImport.h"
#include "template/TemplateReader.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

// A file of `bytes` bytes that takes no room on disk: a refusal must come before reading it.
void sparseFile(const QString& path, qint64 bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.resize(bytes));
}

struct Refusal {
    QString output;
    int exitCode = 0;
};

// Applies `changes` and checks that it was refused without changing the report.
Refusal applyRefused(const TempDir& dir, const QString& file, const QByteArray& changes)
{
    const QString before = exportJson(file);
    writeFile(dir.path("changes.json"), changes);
    const CliResult r = runCli({QStringLiteral("apply"), file, dir.path("changes.json")});
    INFO(r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(exportJson(file) == before);
    return {r.err, r.exitCode};
}

QByteArray repeatedList(const QByteArray& item, int n)
{
    QByteArray out = "[";
    for (int i = 0; i < n; ++i)
        out += (i ? "," : "") + item;
    return out + "]";
}

} // namespace

TEST_CASE("a text longer than the limit is refused before it is stored", "[reliability][limits]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QByteArray text(Limits::kMaxTextLength + 1, 'a');
    const Refusal r =
        applyRefused(dir, file, R"({"sections": [{"id": "objective-3", "body": {"en": ")" + text + "\"}}]}");
    CHECK(r.exitCode == 2);
    CHECK(r.output.contains(QStringLiteral("sections[0].body.en")));
    CHECK(r.output.contains(QString::number(Limits::kMaxTextLength)));
}

TEST_CASE("a list longer than the limit is refused", "[reliability][limits]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const Refusal r = applyRefused(dir, file,
                                   R"({"sections": [{"id": "objective-3", "assigned_to": )" +
                                       repeatedList("\"FGN\"", Limits::kMaxListLength + 1) + "}]}");
    CHECK(r.exitCode == 2);
    CHECK(r.output.contains(QStringLiteral("assigned_to")));
    CHECK(r.output.contains(QString::number(Limits::kMaxListLength)));
}

TEST_CASE("ids, numbers, years and nesting beyond the limits are refused", "[reliability][limits]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QByteArray longId(Limits::kMaxIdLength + 1, 'x');
    Refusal r =
        applyRefused(dir, file, R"({"sections": [{"id": ")" + longId + R"(", "kind": "narrative"}]})");
    CHECK(r.exitCode == 2);
    CHECK(r.output.contains(QString::number(Limits::kMaxIdLength)));

    r = applyRefused(dir, file, R"({"indicators": [{"id": "3.1", "actuals": {"2": 1e16}}]})");
    CHECK(r.exitCode == 2);
    CHECK(r.output.contains(QStringLiteral("indicators[0].actuals")));

    r = applyRefused(dir, file, R"({"indicators": [{"id": "3.1", "actuals": {"51": 3}}]})");
    CHECK(r.exitCode == 2);
    CHECK(r.output.contains(QString::number(Limits::kMaxYear)));

    QByteArray deep = R"({"sections": )";
    for (int i = 0; i < Limits::kMaxJsonDepth + 10; ++i)
        deep += '[';
    for (int i = 0; i < Limits::kMaxJsonDepth + 10; ++i)
        deep += ']';
    r = applyRefused(dir, file, deep + "}");
    CHECK(r.exitCode == 2);
    CHECK(r.output.contains(QString::number(Limits::kMaxJsonDepth)));
}

TEST_CASE("files larger than the limits are refused without being read", "[reliability][limits]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString before = exportJson(file);

    sparseFile(dir.path("huge.json"), Limits::kMaxJsonBytes + 1);
    CliResult r = runCli({QStringLiteral("apply"), file, dir.path("huge.json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("too large")));
    CHECK(r.err.contains(dir.path("huge.json")));
    r = runCli({QStringLiteral("new"), dir.path("n.cpcreport"), QStringLiteral("--from-json"),
                dir.path("huge.json")});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(QFile::exists(dir.path("n.cpcreport")));

    sparseFile(dir.path("huge.csv"), IndicatorImport::kMaxFileBytes + 1);
    r = runCli({QStringLiteral("import-indicators"), file, dir.path("huge.csv"), QStringLiteral("--year"),
                QStringLiteral("2")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("too large")));

    sparseFile(dir.path("huge-template.json"), TemplateReader::kMaxTemplateBytes + 1);
    r = runCli({QStringLiteral("new"), dir.path("t.cpcreport"), QStringLiteral("--template"),
                dir.path("huge-template.json")});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(QFile::exists(dir.path("t.cpcreport")));

    sparseFile(dir.path("huge.cpcreport"), Limits::kMaxReportFileBytes + 1);
    r = runCli({QStringLiteral("export-json"), dir.path("huge.cpcreport")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("larger than a report can be")));
    r = runCli({QStringLiteral("merge"), file, dir.path("huge.cpcreport")});
    CHECK(r.exitCode == 2);
    CHECK(exportJson(file) == before);
}

TEST_CASE("a link longer than a PDF can carry is refused at input", "[reliability][limits]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QByteArray target = "https://example.org/" + QByteArray(Limits::kMaxLinkLength, 'a');
    Refusal r = applyRefused(dir, file,
                             R"x({"sections": [{"id": "objective-3", "body": {"en": "See [the data]()x" +
                                 target + R"()."}}]})");
    CHECK(r.exitCode == 2);
    CHECK(r.output.contains(QStringLiteral("sections[0].body.en")));
    CHECK(r.output.contains(QString::number(Limits::kMaxLinkLength)));
    CHECK(r.output.contains(QStringLiteral("character 16"))); // where the target starts
    // An autolink is a link too: 200,000 characters once took 1 GB to export.
    r = applyRefused(dir, file,
                     R"({"sections": [{"id": "objective-3", "body": {"es": "www.)" + QByteArray(200000, 'b') +
                         R"(.org"}}]})");
    CHECK(r.exitCode == 2);
    CHECK(r.output.contains(QString::number(Limits::kMaxLinkLength)));
}

TEST_CASE("the longest texts and links the limits allow export to PDF", "[reliability][limits]")
{
    // Issue 14, defect 6: each of these once crashed the export, failed in libharu or took minutes.
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QByteArray link = "https://example.org/" + QByteArray(Limits::kMaxLinkLength - 20, 'a');
    const QByteArray changes =
        R"({"report": {"title": {"en": ")" + QByteArray("Annual report ").repeated(5715).left(80000) +
        R"("}}, "entities": [{"id": "MOI", "name": {"en": ")" +
        QByteArray("Ministry ").repeated(22223).left(200000) +
        R"("}}], "sections": [{"id": "objective-3", "title": {"en": ")" +
        QByteArray("Prosecution ").repeated(8334).left(100000) + R"("}, "body": {"en": "[the data]()" + link +
        ") and " + QByteArray(100000, 'x') + R"("}}]})";
    writeFile(dir.path("changes.json"), changes);
    CliResult r = runCli({QStringLiteral("apply"), file, dir.path("changes.json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runCli({QStringLiteral("export-pdf"), file, QStringLiteral("-o"), dir.path("long.pdf")});
    INFO(r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == 0);
    CHECK(readFile(dir.path("long.pdf")).startsWith("%PDF-"));
}
