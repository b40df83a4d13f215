// Bad input of every kind ends with exit code 2, a message naming the problem and its place, no crash,
// and no file created or changed.
#include "CliRunner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace cpc::test;

namespace {

QByteArray sample()
{
    return readFile(sampleFixturePath());
}

// The sample with one textual replacement (which must apply).
QByteArray sampleWith(const char* from, const char* to)
{
    QByteArray s = sample();
    const int at = int(s.indexOf(from));
    REQUIRE(at >= 0);
    return s.replace(at, int(qstrlen(from)), to);
}

struct BadJson {
    const char* name;
    QByteArray bytes;
    const char* where; // what the message must name (a JSON path, or part of it)
};

void expectRefusedNew(const TempDir& dir, const BadJson& bad)
{
    INFO(bad.name);
    const QString in = dir.path(QStringLiteral("in-%1.json").arg(QString::fromLatin1(bad.name)));
    writeFile(in, bad.bytes);
    const QString out = dir.path(QStringLiteral("out-%1.cpcreport").arg(QString::fromLatin1(bad.name)));
    const QStringList before = QDir(dir.path(".")).entryList(QDir::Files | QDir::Hidden);
    CliResult r = runCli({"new", out, "--from-json", in});
    INFO(r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QString::fromUtf8(bad.where)));
    CHECK(r.err.contains(QStringLiteral("in-%1.json").arg(QString::fromLatin1(bad.name))));
    CHECK_FALSE(QFile::exists(out));
    CHECK(QDir(dir.path(".")).entryList(QDir::Files | QDir::Hidden) == before);
}

} // namespace

TEST_CASE("new --from-json refuses bad documents, naming the place", "[cli][badinput]")
{
    TempDir dir;
    QByteArray deep(5000, '[');
    QByteArray invalidUtf8 = sampleWith("Resumen ejecutivo", "Resumen \xC3\x28jecutivo");
    QByteArray longText = sampleWith("\"Sustainability\"", "\"" + QByteArray(1100000, 'x') + "\"");
    const QList<BadJson> cases = {
        {"malformed", sampleWith("\"report\": {", "\"report\": {{"), "line"},
        {"truncated", sample().left(sample().size() / 2), "line"},
        {"empty", QByteArray(), "empty"},
        {"array", "[]", "object"},
        {"null", "null", "object"},
        {"newer-format", sampleWith("cpcreport-json/1", "cpcreport-json/2"), "format"},
        {"no-format", sampleWith("\"format\": \"cpcreport-json/1\",", ""), "format"},
        {"year-type", sampleWith("\"reporting_year\": 1", "\"reporting_year\": \"one\""), "reporting_year"},
        {"target-type", sampleWith("\"1\": 400", "\"1\": \"400\""), "targets"},
        {"unknown-entity",
         sampleWith("\"assigned_to\": [\n        \"MOI\"\n      ],\n      \"status\": \"submitted\"",
                    "\"assigned_to\": [\n        \"NOBODY\"\n      ],\n      \"status\": \"submitted\""),
         "assigned_to"},
        {"unknown-field",
         sampleWith("\"format\": \"cpcreport-json/1\",", "\"format\": \"cpcreport-json/1\", \"colour\": 1,"),
         "colour"},
        {"section-kind", sampleWith("\"kind\": \"sustainability\"", "\"kind\": \"poetry\""), "kind"},
        {"bad-date", sampleWith("\"start\": \"2022-04-26\"", "\"start\": \"2022-13-40\""), "period"},
        {"period-order", sampleWith("\"end\": \"2023-04-25\"", "\"end\": \"2021-04-25\""), "period"},
        {"invalid-utf8", invalidUtf8, "UTF-8"},
        {"deep", deep, "nest"},
        {"binary", QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe"), "not a JSON document"},
        {"duplicate-section", sampleWith("\"id\": \"sustainability\"", "\"id\": \"recommendations\""),
         "sections"},
        {"duplicate-activity", sampleWith("\"id\": \"1.2\"", "\"id\": \"1.1\""), "activities"},
        {"activity-status", sampleWith("\"status\": \"planned\"", "\"status\": \"someday\""), "status"},
        {"trafficking-type", sampleWith("\"online\"\n          ]", "\"piracy\"\n          ]"),
         "trafficking_types"},
        {"objective-number",
         sampleWith("\"objective\": 4,\n      \"title\"", "\"objective\": 7,\n      \"title\""), "objective"},
        {"comment-target", sampleWith("\"section\": \"objective-3\"", "\"section\": \"objective-9\""),
         "comments"},
        {"year-key", sampleWith("\"1\": 312", "\"zero\": 312"), "actuals"},
        {"infinite-number", sampleWith("\"value\": 410", "\"value\": 1e999"), "line "},
        {"text-too-long", longText, "sections"},
        {"unit", sampleWith("\"unit\": \"percent\"", "\"unit\": \"furlongs\""), "unit"},
        {"language", sampleWith("\"source_language\": \"es\"", "\"source_language\": \"fr\""),
         "source_language"},
        {"bitext-type",
         sampleWith("\"title\": {\n        \"en\": \"Sustainability\"", "\"title\": {\n        \"en\": 5"),
         "title"},
        {"list-type",
         sampleWith(
             "\"responsible\": [\n        \"ICBF\"\n      ],\n      \"baseline\": {\n        \"value\": 120",
             "\"responsible\": \"ICBF\",\n      \"baseline\": {\n        \"value\": 120"),
         "responsible"},
    };
    for (const BadJson& bad : cases)
        expectRefusedNew(dir, bad);
}

TEST_CASE("new refuses bad usage and files it cannot read", "[cli][badinput]")
{
    TempDir dir;
    writeFile(dir.path("existing.cpcreport"), "do not touch");
    CliResult r = runCli({"new", dir.path("existing.cpcreport"), "--from-json", sampleFixturePath()});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("existing.cpcreport")));
    CHECK(readFile(dir.path("existing.cpcreport")) == "do not touch");

    r = runCli({"new", dir.path("a.cpcreport"), "--from-json", dir.path("missing.json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("missing.json")));
    r = runCli({"new", dir.path("a.cpcreport"), "--from-json", dir.path(".")});
    CHECK(r.exitCode == 2);
    r = runCli({"new", dir.path("a.cpcreport"), "--bogus"});
    CHECK(r.exitCode == 2);
    r = runCli({"new"});
    CHECK(r.exitCode == 2);
    r = runCli({"new", dir.path("a.cpcreport"), "--year", "zero"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--year")));
    r = runCli({"new", dir.path("a.cpcreport"), "--template", "no-such-template"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("no-such-template")));
    CHECK_FALSE(QFile::exists(dir.path("a.cpcreport")));

    QFile huge(dir.path("huge.json"));
    REQUIRE(huge.open(QIODevice::WriteOnly));
    REQUIRE(huge.resize(qint64(65) << 20));
    huge.close();
    r = runCli({"new", dir.path("a.cpcreport"), "--from-json", dir.path("huge.json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("too large")));
    CHECK_FALSE(QFile::exists(dir.path("a.cpcreport")));
}

TEST_CASE("commands refuse files that are not reports", "[cli][badinput]")
{
    TempDir dir;
    writeFile(dir.path("empty.cpcreport"), QByteArray());
    writeFile(dir.path("random.cpcreport"), QByteArray(5000, '\x7f'));
    writeFile(dir.path("json.cpcreport"), sample());
    for (const char* f : {"empty.cpcreport", "random.cpcreport", "json.cpcreport", "missing.cpcreport"}) {
        INFO(f);
        const QString path = dir.path(QString::fromLatin1(f));
        for (const QStringList& args :
             {QStringList{"export-json", path}, QStringList{"summary", path}, QStringList{"history", path}}) {
            CliResult r = runCli(args);
            CHECK_FALSE(r.crashed);
            CHECK(r.exitCode == 2);
            CHECK(r.err.contains(QString::fromLatin1(f)));
        }
    }
    CHECK(readFile(dir.path("json.cpcreport")) == sample());
}

TEST_CASE("apply refuses bad change documents and changes nothing", "[cli][badinput]")
{
    TempDir dir;
    const QString file = dir.path("r.cpcreport");
    REQUIRE(runCli({"new", file, "--from-json", sampleFixturePath()}).exitCode == 0);
    const QString before = runCli({"export-json", file}).out;
    const QList<QPair<QByteArray, QString>> cases = {
        {R"({"sections": [{"id": "objective-1", "body": {"en": 5}}]})", "sections[0].body"},
        {R"({"indicators": [{"id": "2.1", "actuals": {"1": "lots"}}]})", "actuals"},
        {R"({"sections": [{"id": "objective-1", "assigned_to": ["NOBODY"]}]})", "assigned_to"},
        {R"({"sections": [{"id": "objective-1", "status": "finished"}]})", "status"},
        {R"({"sections": [{"id": "objective-1", "body": {"en": "x"}})", "line"},
        {R"({"report": {"reporting_year": 0}})", "reporting_year"},
        {R"({"report": {"period": {"end": "2001-01-01"}}})", "period"},
        {R"({"colour": "red"})", "colour"},
        {"", "empty"},
    };
    for (int i = 0; i < cases.size(); ++i) {
        INFO(cases[i].first.toStdString());
        const QString changes = dir.path(QStringLiteral("c%1.json").arg(i));
        writeFile(changes, cases[i].first);
        CliResult r = runCli({"apply", file, changes});
        INFO(r.err.toStdString());
        CHECK_FALSE(r.crashed);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(cases[i].second));
    }
    writeFile(dir.path("ok.json"), R"({"sections": [{"id": "objective-1", "body": {"en": "x"}}]})");
    CliResult r = runCli({"apply", file, dir.path("ok.json"), "--as", "NOBODY"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--as")));
    CHECK(runCli({"export-json", file}).out == before);
}
