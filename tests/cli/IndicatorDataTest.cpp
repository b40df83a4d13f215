// Issue 6 with the real binary: import-indicators and export-indicators.
#include "CliRunner.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace cpc::test;

namespace {

QString newReport(TempDir& dir, const char* name = "r.cpcreport")
{
    const QString file = dir.path(name);
    const CliResult made = runCli({"new", file, "--from-json", sampleFixturePath()});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return file;
}

QJsonObject indicator(const QString& file, const QString& id)
{
    const CliResult out = runCli({"export-json", file});
    REQUIRE(out.exitCode == 0);
    for (const QJsonValue& v :
         QJsonDocument::fromJson(out.out.toUtf8()).object().value(QStringLiteral("indicators")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id) return v.toObject();
    FAIL("no indicator " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("import-indicators reads a Spanish Excel CSV and records the values", "[cli][indicators]")
{
    TempDir dir;
    const QString file = newReport(dir);
    writeFile(dir.path("datos.csv"), "\xEF\xBB\xBFIndicador;Meta;Logro;Notas\r\n"
                                     "2.1;155;1.170;\"revisado\r\npor ICBF\"\r\n"
                                     "2.2;;48,5;\r\n");
    const CliResult r = runCli({"import-indicators", file, dir.path("datos.csv"), "--year", "2"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Ignored columns: Notas")));
    CHECK(r.out.contains(QStringLiteral("3 value")));
    const QJsonObject v = indicator(file, QStringLiteral("2.1"));
    CHECK(v.value(QStringLiteral("actuals")).toObject().value(QStringLiteral("2")).toDouble() == 1170.0);
    CHECK(v.value(QStringLiteral("targets")).toObject().value(QStringLiteral("2")).toDouble() == 155.0);
    CHECK(indicator(file, QStringLiteral("2.2"))
              .value(QStringLiteral("actuals"))
              .toObject()
              .value(QStringLiteral("2"))
              .toDouble() == 48.5);
}

TEST_CASE("import-indicators refuses a bad file, lists every bad row and changes nothing",
          "[cli][indicators]")
{
    TempDir dir;
    const QString file = newReport(dir);
    const QString before = runCli({"export-json", file}).out;
    writeFile(dir.path("b.csv"), "indicator,year,actual\n2.1,1,170\n9.9,1,3\n2.1,77,4\n3.1,1,many\n");
    const CliResult r = runCli({"import-indicators", file, dir.path("b.csv")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(dir.path("b.csv") +
                         QString::fromUtf8(", line 3, column “indicator”: unknown indicator '9.9'")));
    CHECK(r.err.contains(dir.path("b.csv") +
                         QString::fromUtf8(", line 4, column “year”: year 77 is outside the partnership")));
    CHECK(r.err.contains(dir.path("b.csv") +
                         QString::fromUtf8(", line 5, column “actual”: 'many' is not a number")));
    CHECK(runCli({"export-json", file}).out == before);

    CHECK(runCli({"import-indicators", file, dir.path("b.csv"), "--year", "x"}).exitCode == 2);
    CHECK(runCli({"import-indicators", file, dir.path("missing.csv")}).exitCode == 2);
}

TEST_CASE("export-indicators writes CSV and XLSX and a --raw export imports back", "[cli][indicators]")
{
    TempDir dir;
    const QString file = newReport(dir);
    CliResult csv = runCli({"export-indicators", file, "-o", dir.path("t.csv"), "--language", "es", "--raw"});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    const QByteArray bytes = readFile(dir.path("t.csv"));
    CHECK(bytes.startsWith("\xEF\xBB\xBFindicador;a\xC3\xB1o;dimensi\xC3\xB3n;categor\xC3\xAD"
                           "a;"));

    CliResult xlsx = runCli({"export-indicators", file, "-o", dir.path("t.xlsx"), "--language", "en"});
    REQUIRE(xlsx.exitCode == 0);
    CHECK(readFile(dir.path("t.xlsx")).startsWith("PK"));

    // A second report whose 2.1 figures differ gets the first one's back from the export.
    const QString other = newReport(dir, "o.cpcreport");
    writeFile(dir.path("change.csv"), "indicator,year,actual\n2.1,1,999\n");
    REQUIRE(runCli({"import-indicators", other, dir.path("change.csv")}).exitCode == 0);
    CHECK(indicator(other, QStringLiteral("2.1")) != indicator(file, QStringLiteral("2.1")));
    const CliResult back = runCli({"import-indicators", other, dir.path("t.csv")});
    INFO(back.err.toStdString());
    REQUIRE(back.exitCode == 0);
    CHECK(indicator(other, QStringLiteral("2.1")) == indicator(file, QStringLiteral("2.1")));

    CHECK(runCli({"export-indicators", file, "-o", dir.path("t.pdf")}).exitCode == 2);
    CHECK(runCli({"export-indicators", file}).exitCode == 2);
    CHECK(runCli({"export-indicators", file, "-o", dir.path("t.csv"), "--language", "fr"}).exitCode == 2);
}
