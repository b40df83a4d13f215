// Issue 2's promises, checked with the real binary: round trip, skeleton, apply and translation state.
#include "CliRunner.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace cpc::test;

namespace {
QJsonObject parse(const QString& text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &e);
    INFO(e.errorString().toStdString());
    REQUIRE(d.isObject());
    return d.object();
}

QJsonObject findById(const QJsonArray& a, const QString& id)
{
    for (const QJsonValue& v : a)
        if (v.toObject().value(QStringLiteral("id")).toString() == id) return v.toObject();
    FAIL("no object with id " << id.toStdString());
    return {};
}
} // namespace

TEST_CASE("new --from-json then export-json gives back the same document", "[cli][roundtrip]")
{
    TempDir dir;
    const QString file = dir.path("r.cpcreport");
    CliResult made = runCli({"new", file, "--from-json", sampleFixturePath()});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CliResult out = runCli({"export-json", file});
    REQUIRE(out.exitCode == 0);
    const QJsonObject original = QJsonDocument::fromJson(readFile(sampleFixturePath())).object();
    QJsonObject exported = parse(out.out);
    // The one addition: the template's labels for the breakdown codes the document does not label
    // (docs/report-json-extensions.md, "Breakdown labels").
    CHECK_FALSE(exported.take(QStringLiteral("breakdown_labels")).toArray().isEmpty());
    CHECK(exported == original);
    // And through -o, the same bytes as standard output.
    REQUIRE(runCli({"export-json", file, "-o", dir.path("out.json")}).exitCode == 0);
    CHECK(readFile(dir.path("out.json")) == out.out.toUtf8());
}

TEST_CASE("apply changes only what its document names and marks the other side stale", "[cli][apply]")
{
    TempDir dir;
    const QString file = dir.path("r.cpcreport");
    REQUIRE(runCli({"new", file, "--from-json", sampleFixturePath()}).exitCode == 0);
    const QJsonObject before = parse(runCli({"export-json", file}).out);

    // Changing the Spanish source makes the English translation stale (docs/translation-state.md).
    writeFile(dir.path("c.json"),
              R"({"sections": [{"id": "objective-1", "body": {"es": "Texto nuevo de prevención."}}]})");
    CliResult applied = runCli({"apply", file, dir.path("c.json")});
    INFO(applied.err.toStdString());
    REQUIRE(applied.exitCode == 0);
    QJsonObject after = parse(runCli({"export-json", file}).out);
    const QJsonObject body = findById(after["sections"].toArray(), "objective-1")["body"].toObject();
    CHECK(body["es"].toString() == QStringLiteral("Texto nuevo de prevención."));
    CHECK(body["stale"].toArray() == QJsonArray{QStringLiteral("en")});

    // Nothing else changed.
    QJsonObject expected = before;
    QJsonArray sections = expected["sections"].toArray();
    for (int i = 0; i < sections.size(); ++i) {
        QJsonObject s = sections[i].toObject();
        if (s["id"].toString() != QLatin1String("objective-1")) continue;
        s["body"] = body;
        sections[i] = s;
    }
    expected["sections"] = sections;
    CHECK(after == expected);

    // Writing the English brings it back in step; correcting it later leaves the Spanish current.
    writeFile(dir.path("c2.json"),
              R"({"sections": [{"id": "objective-1", "body": {"en": "New prevention text."}}]})");
    REQUIRE(runCli({"apply", file, dir.path("c2.json")}).exitCode == 0);
    after = parse(runCli({"export-json", file}).out);
    CHECK_FALSE(findById(after["sections"].toArray(), "objective-1")["body"].toObject().contains("stale"));
    writeFile(dir.path("c3.json"),
              R"({"sections": [{"id": "objective-1", "body": {"en": "New prevention text, corrected."}}]})");
    REQUIRE(runCli({"apply", file, dir.path("c3.json")}).exitCode == 0);
    after = parse(runCli({"export-json", file}).out);
    CHECK_FALSE(findById(after["sections"].toArray(), "objective-1")["body"].toObject().contains("stale"));
}

TEST_CASE("history lists who changed what", "[cli][history]")
{
    TempDir dir;
    const QString file = dir.path("r.cpcreport");
    REQUIRE(runCli({"new", file, "--from-json", sampleFixturePath()}).exitCode == 0);
    writeFile(dir.path("c.json"), R"({"indicators": [{"id": "3.1", "actuals": {"1": 41}}]})");
    REQUIRE(runCli({"apply", file, dir.path("c.json"), "--as", "FGN"}).exitCode == 0);
    CliResult h = runCli({"history", file, "--path", "indicators/3.1", "--json"});
    REQUIRE(h.exitCode == 0);
    const QJsonArray entries = QJsonDocument::fromJson(h.out.toUtf8()).array();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].toObject()["author"].toString() == QStringLiteral("FGN"));
    CHECK(entries[0].toObject()["new"].toDouble() == 41.0);
    CHECK(entries[0].toObject()["old"].isNull());
}

TEST_CASE("--help and --version", "[cli]")
{
    CliResult help = runCli({"--help"});
    CHECK(help.exitCode == 0);
    for (const char* cmd : {"new", "export-json", "apply"})
        CHECK(help.out.contains(QString::fromLatin1(cmd)));
    CliResult version = runCli({"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("cpcreport ")));
    CHECK(runCli({"new", "--help"}).out.contains(QStringLiteral("--from-json")));
}
