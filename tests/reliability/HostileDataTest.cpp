// Issue 14, second round of hostile inputs, the data half: spreadsheet formulas in exports (5), the capped
// error list (8), damaged figures in a contribution (11), history order (12), limits in characters (13),
// characters the PDF cannot print found by check (14), values no report can hold (15). Each runs the real
// binary (or the real merge) and checks that a refusal changes nothing.
#include "ReliabilitySupport.h"
#include "import/IndicatorImport.h"
#include "merge/ContributionRequest.h"
#include "merge/MergePlanner.h"
#include "storage/ReportDocument.h"
#include "util/Limits.h"

#include "json/ReportJsonReader.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace cpc;
using namespace cpc::test;

namespace {

CliResult ran(const QStringList& args, int expectedExit)
{
    const CliResult r = runCli(args);
    INFO(args.join(QLatin1Char(' ')).left(300).toStdString()
         << "\n"
         << r.out.left(2000).toStdString() << r.err.left(2000).toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == expectedExit);
    return r;
}

void applyJson(const TempDir& dir, const QString& file, const QByteArray& json, int expectedExit = 0)
{
    writeFile(dir.path("change.json"), json);
    ran({QStringLiteral("apply"), file, dir.path("change.json")}, expectedExit);
}

QJsonObject indicatorJson(const QString& file, const QString& id)
{
    for (const QJsonValue& v : QJsonDocument::fromJson(exportJson(file).toUtf8())
                                   .object()
                                   .value(QStringLiteral("indicators"))
                                   .toArray())
        if (v[QStringLiteral("id")].toString() == id) return v.toObject();
    return {};
}

void tamper(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("exported texts that a spreadsheet would run as formulas are inert and import back as written",
          "[reliability][hostile-data]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString formula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"ver\")");
    applyJson(dir, file,
              R"j({"indicators": [{"id": "2.1", "name": {"en": "=HYPERLINK(\"http://evil.example\",\"ver\")",
                                                       "es": "@SUMA(1;2)"},
                                  "variance_explanation": {"1": {"en": "+cmd|' /C calc'!A0", "es": "-2+3"}}}]})j");
    writeFile(dir.path("b.csv"),
              "indicator,year,actual,dimension,category\n2.1,1,7,age,-18 years\n2.1,1,9,age,'quoted\n");
    ran({"import-indicators", file, dir.path("b.csv")}, 0);

    ran({"export-indicators", file, "-o", dir.path("t.csv"), "--language", "es", "--raw"}, 0);
    const QString csv = QString::fromUtf8(readFile(dir.path("t.csv")));
    // No cell starts with a formula character: each line is split on the separator outside quotes.
    for (const QString& line : csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        for (QString cell : line.split(QLatin1Char(';'))) {
            if (cell.startsWith(QLatin1Char('"'))) cell = cell.mid(1);
            INFO(line.toStdString());
            CHECK_FALSE((cell.startsWith(QLatin1Char('=')) || cell.startsWith(QLatin1Char('+')) ||
                         cell.startsWith(QLatin1Char('@')) || cell.startsWith(QLatin1Char('\t')) ||
                         (cell.startsWith(QLatin1Char('-')) && !cell.at(1 % cell.size()).isDigit())));
        }
    CHECK(csv.contains(QStringLiteral("'@SUMA(1")));
    CHECK(csv.contains(QStringLiteral("'-18 years")));
    CHECK(csv.contains(QStringLiteral("''quoted")));

    ran({"export-indicators", file, "-o", dir.path("t.xlsx"), "--language", "en", "--raw"}, 0);
    auto sheet = IndicatorImport::load(readFile(dir.path("t.xlsx")), QStringLiteral("t.xlsx"), QString());
    REQUIRE(sheet);
    bool sawFormula = false;
    for (const SourceRow& row : sheet->rows)
        for (const SourceCell& c : row.cells)
            sawFormula = sawFormula || c.text == formula; // read back as written
    CHECK(sawFormula);

    // The export imports back into another report with the same names, not with the apostrophes.
    const QString other = newSampleReport(dir, QStringLiteral("o.cpcreport"));
    ran({"import-indicators", other, dir.path("t.csv")}, 0);
    const QJsonObject years =
        indicatorJson(other, QStringLiteral("2.1"))[QStringLiteral("disaggregation")].toObject();
    const QJsonObject age = years[QStringLiteral("1")][QStringLiteral("age")].toObject();
    CHECK(age.value(QStringLiteral("-18 years")).toDouble() == 7.0);
    CHECK(age.value(QStringLiteral("'quoted")).toDouble() == 9.0);
}

TEST_CASE("a file of a million bad rows lists a hundred errors and says how many more",
          "[reliability][hostile-data]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString before = exportJson(file);
    QByteArray csv = "indicator,year,actual\n";
    csv.reserve(12 * 1048576);
    for (int i = 0; i < 1048575; ++i)
        csv += "2.1,1,x\n";
    writeFile(dir.path("bad.csv"), csv);
    const CliResult r = ran({"import-indicators", file, dir.path("bad.csv")}, 2);
    CHECK(r.err.size() < 40000);
    CHECK(r.err.count(QLatin1Char('\n')) <= IndicatorRows::kMaxErrors + 2);
    CHECK(r.err.contains(QStringLiteral("and 1048475 more error")));
    CHECK(r.err.contains(QStringLiteral("1048575 error")));
    CHECK(exportJson(file) == before);
}

TEST_CASE("damaged figures in a returned contribution are refused with their place",
          "[reliability][hostile-data]")
{
    const QList<std::pair<QByteArray, QString>> attacks{
        {"UPDATE indicator_value SET value = 9e999 WHERE indicator_id = '2.1' AND kind = 'actual' AND year = "
         "2;",
         QStringLiteral("infinite")},
        {"UPDATE indicator_value SET value = -9e999 WHERE indicator_id = '2.1' AND kind = 'actual' AND year "
         "= 2;",
         QStringLiteral("infinite")},
        {"UPDATE indicator_value SET value = 'lots' WHERE indicator_id = '2.1' AND kind = 'actual' AND year "
         "= 2;",
         QStringLiteral("a text ('lots')")},
        {"UPDATE indicator_value SET value = X'0001' WHERE indicator_id = '2.1' AND kind = 'actual' AND year "
         "= 2;",
         QStringLiteral("binary data")},
        {"UPDATE indicator_value SET value = -5 WHERE indicator_id = '2.1' AND kind = 'actual' AND year = 2;",
         QStringLiteral("negative")},
        {"UPDATE indicator_value SET value = 12.5 WHERE indicator_id = '2.1' AND kind = 'actual' AND year = "
         "2;",
         QStringLiteral("not a whole number")},
    };
    for (const auto& [sql, words] : attacks) {
        INFO(sql.constData());
        TempDir dir;
        auto report = ReportJsonReader::read(readFile(resourceSamplePath()));
        REQUIRE(report);
        auto created = ReportDocument::create(dir.path("report.cpcreport"), report.value(), {});
        REQUIRE(created);
        ReportDocument& doc = *created.value();
        const QString contribution = dir.path("icbf.cpcreport");
        REQUIRE(ContributionRequest::create(doc, QStringLiteral("ICBF"), contribution));
        tamper(contribution, sql);
        const qint64 revision = doc.revision();
        auto plan = MergePlanner::plan(doc, contribution);
        REQUIRE_FALSE(plan);
        INFO(plan.error().toString().toStdString());
        CHECK(plan.error().message.contains(words));
        CHECK(plan.error().where.contains(QStringLiteral("indicators/2.1/actuals/2")));
        CHECK(doc.revision() == revision);
        CHECK(doc.report().indicator(QStringLiteral("2.1"))->actuals.value(2) == 171.0);
    }
    {
        // The same through the command line: exit 2, the report unchanged.
        TempDir dir;
        const QString file = newSampleReport(dir);
        const QString contribution = dir.path("icbf.cpcreport");
        ran({"request", file, "--entity", "ICBF", "-o", contribution}, 0);
        tamper(contribution,
               "UPDATE indicator_disaggregation SET value = 'x' WHERE indicator_id = '2.1' AND year = 2 "
               "AND category = 'female';");
        const QString before = exportJson(file);
        const CliResult r = ran({"merge", file, contribution}, 2);
        CHECK(r.err.contains(QStringLiteral("indicators/2.1/disaggregation/2/sex/female")));
        CHECK(exportJson(file) == before);
    }
}

TEST_CASE("history lists every edit, newest first, with and without --path", "[reliability][hostile-data]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    applyJson(dir, file, R"({"indicators": [{"id": "3.1", "actuals": {"1": 43}}]})");
    applyJson(dir, file, R"({"indicators": [{"id": "3.1", "actuals": {"1": 44}}]})");
    const QString all = ran({"history", file}, 0).out;
    const QStringList lines = all.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].contains(QStringLiteral("indicators/3.1/actuals/1: 43 → 44")));
    CHECK(lines[1].contains(QStringLiteral("indicators/3.1/actuals/1: 41 → 43")));
    CHECK(lines[2].contains(QStringLiteral("(report created)")));

    const QJsonArray some =
        QJsonDocument::fromJson(ran({"history", file, "--path", "indicators/3.1", "--json"}, 0).out.toUtf8())
            .array();
    REQUIRE(some.size() == 2);
    CHECK(some[0][QStringLiteral("new")].toDouble() == 44.0);
    CHECK(some[1][QStringLiteral("new")].toDouble() == 43.0);
    CHECK(some[0][QStringLiteral("revision")].toInteger() > some[1][QStringLiteral("revision")].toInteger());
    const QJsonArray newest =
        QJsonDocument::fromJson(ran({"history", file, "--limit", "1", "--json"}, 0).out.toUtf8()).array();
    REQUIRE(newest.size() == 1);
    CHECK(newest[0][QStringLiteral("new")].toDouble() == 44.0);
}

TEST_CASE("the text limit counts characters, not UTF-16 units", "[reliability][hostile-data]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QByteArray emoji = "\xF0\x9F\x98\x80"; // one character, two UTF-16 units
    applyJson(dir, file,
              R"({"sections": [{"id": "objective-3", "body": {"en": ")" + emoji.repeated(500001) + "\"}}]}");
    CHECK(exportJson(file).contains(QString::fromUtf8(emoji.repeated(500001))));
    const QString before = exportJson(file);
    writeFile(dir.path("long.json"), R"({"sections": [{"id": "objective-3", "body": {"en": ")" +
                                         emoji.repeated(Limits::kMaxTextLength + 1) + "\"}}]}");
    const CliResult r = ran({"apply", file, dir.path("long.json")}, 2);
    CHECK(r.err.contains(QStringLiteral("the text has %1 characters").arg(Limits::kMaxTextLength + 1)));
    CHECK(exportJson(file) == before);
}

TEST_CASE("check finds text the PDF's fonts cannot print, with its place", "[reliability][hostile-data]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    applyJson(
        dir, file,
        R"({"sections": [{"id": "objective-3", "body": {"en": "Thanks: \u0634\u0643\u0631\u0627 and \u8c22\u8c22 \ud83d\ude00"}}]})");
    const CliResult r = runCli({"check", file, "--json"});
    const QJsonArray findings =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
    bool found = false, other = false;
    for (const QJsonValue& f : findings) {
        if (f[QStringLiteral("rule")].toString() != QLatin1String("print.unshown_characters")) continue;
        if (f[QStringLiteral("path")].toString() == QLatin1String("sections/objective-3/body/en"))
            found = true;
        else
            other = true; // the sample itself prints in full
    }
    CHECK(found);
    CHECK_FALSE(other);
}

TEST_CASE("export-pdf prints Chinese, Japanese and Korean, and warns before export of what it cannot print",
          "[reliability][hostile-data]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString pdf = dir.path("r.pdf");
    // Only text the fonts show: no warning.
    applyJson(
        dir, file,
        R"({"sections": [{"id": "objective-3", "body": {"en": "Asia: \u513f\u7ae5\u4fdd\u62a4 \u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8 \uc544\ub3d9 \ubcf4\ud638"}}]})");
    CliResult r = ran({"export-pdf", file, "-o", pdf}, 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("warning")));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char('\n'));
    CHECK(printed.contains(QString::fromUtf8("儿童保护 日本語のテキスト 아동 보호")));
    // Arabic and an emoji: exported (as replacement marks), with a warning that names the place first.
    applyJson(
        dir, file,
        R"({"sections": [{"id": "objective-2", "body": {"es": "Gracias: \u0634\u0643\u0631\u0627 \ud83d\ude00"}}]})");
    r = ran({"export-pdf", file, "-o", pdf}, 0);
    CHECK(r.err.startsWith(QStringLiteral(
        "cpcreport export-pdf: warning: 1 text(s) have characters the PDF's fonts cannot print")));
    CHECK(r.err.contains(QStringLiteral("sections/objective-2/body/es")));
    CHECK(r.err.contains(QString::fromUtf8("ش")));
}

TEST_CASE("figures no report can hold are refused with the place in words", "[reliability][hostile-data]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString before = exportJson(file);
    const auto refused = [&](const QByteArray& csv, const QStringList& extra, const QString& words) {
        writeFile(dir.path("d.csv"), csv);
        const CliResult r = ran(QStringList{"import-indicators", file, dir.path("d.csv")} + extra, 2);
        CHECK(r.err.contains(words));
        CHECK(exportJson(file) == before);
    };
    // A count of -5 children, and 2.5 children.
    refused("indicator,year,actual\n2.1,1,-5\n", {},
            dir.path("d.csv") + QString::fromUtf8(", line 2, column “actual”: -5 is negative"));
    refused("indicator,year,actual\n2.1,1,2.5\n", {}, QStringLiteral("not a whole number"));
    // A percentage above 100 (2.2 is the sample's percentage).
    refused("indicator,year,actual\n2.2,1,140\n", {}, QStringLiteral("outside 0 to 100"));
    // Year 42 of a five-year partnership, whatever --year says.
    refused("indicator,year,actual\n2.1,42,5\n", {QStringLiteral("--year"), QStringLiteral("2")},
            QString::fromUtf8(", line 2, column “year”: year 42 is outside the partnership"));
    refused("indicator,actual\n2.1,5\n", {QStringLiteral("--year"), QStringLiteral("42")},
            QStringLiteral("year 42 is outside the partnership"));
    // A row with fewer cells than its header, and one with a cell too many.
    refused("indicator;year;target;actual\n2.1;1;150;160\n2.1;2\n", {},
            dir.path("d.csv") + QStringLiteral(", line 3: this row has 2 cells where the header has 4"));
    refused("indicator,year,actual\n2.1,1,12,5\n", {},
            QStringLiteral("this row has 4 cells where the header has 3"));
}
