// Issue 4's promises, checked with the real binary: `check` on the sample, on a ready report, after apply.
#include "CliRunner.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace cpc::test;

namespace {
QJsonObject checkJson(const QString& file, int expectedExit)
{
    const CliResult r = runCli({"check", file, "--json"});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == expectedExit);
    const QJsonDocument d = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(d.isObject());
    return d.object();
}
bool hasFinding(const QJsonObject& report, const QString& rule, const QString& path)
{
    for (const QJsonValue& v : report.value(QStringLiteral("findings")).toArray())
        if (v[QStringLiteral("rule")].toString() == rule && v[QStringLiteral("path")].toString() == path)
            return true;
    return false;
}
} // namespace

TEST_CASE("check lists what the sample report lacks and exits 1", "[cli][check]")
{
    TempDir dir;
    const QString file = dir.path("r.cpcreport");
    REQUIRE(runCli({"new", file, "--from-json", sampleFixturePath()}).exitCode == 0);
    const CliResult human = runCli({"check", file});
    INFO(human.out.toStdString() << human.err.toStdString());
    CHECK(human.exitCode == 1);
    CHECK(human.out.contains(QStringLiteral("Objective 3")));
    CHECK(human.out.contains(QStringLiteral("completeness.sustainability")));
    CHECK(human.out.contains(QStringLiteral("not ready")));

    const QJsonObject j = checkJson(file, 1);
    CHECK(j.value(QStringLiteral("ready")) == QJsonValue(false));
    CHECK(hasFinding(j, QStringLiteral("completeness.objective-narrative"),
                     QStringLiteral("sections/objective-3/body")));
    CHECK(hasFinding(j, QStringLiteral("translation.missing"), QStringLiteral("activities/3.1/body/es")));
    CHECK(hasFinding(j, QStringLiteral("indicators.actual-missing"),
                     QStringLiteral("indicators/3.1/actuals/1")));
    CHECK(hasFinding(j, QStringLiteral("completeness.sustainability"),
                     QStringLiteral("sections/sustainability/body")));
    CHECK(hasFinding(j, QStringLiteral("comments.unresolved"), QStringLiteral("sections/objective-3")));
    for (const QJsonValue& v : j.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        for (const char* key : {"rule", "severity", "path", "section", "activity", "indicator", "year",
                                "language", "start", "length", "message"})
            CHECK(f.contains(QLatin1String(key)));
        CHECK_FALSE(f[QStringLiteral("message")][QStringLiteral("es")].toString().isEmpty());
    }
    // In Spanish, the same findings in Spanish.
    qputenv("CPCREPORT_LANGUAGE", "es");
    const CliResult es = runCli({"check", file});
    qputenv("CPCREPORT_LANGUAGE", "en");
    CHECK(es.exitCode == 1);
    CHECK(es.out.contains(QStringLiteral("no tiene narrativa")));
}

TEST_CASE("check says a complete report is ready and exits 0", "[cli][check]")
{
    TempDir dir;
    const QString file = dir.path("r.cpcreport");
    REQUIRE(runCli({"new", file, "--from-json", fixturePath("checks/ready-report.json")}).exitCode == 0);
    const CliResult r = runCli({"check", file});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("The report is ready to print.")));
    CHECK(checkJson(file, 0).value(QStringLiteral("ready")) == QJsonValue(true));
}

TEST_CASE("check reports a stale side after apply until it is applied again", "[cli][check]")
{
    TempDir dir;
    const QString file = dir.path("r.cpcreport");
    REQUIRE(runCli({"new", file, "--from-json", fixturePath("checks/ready-report.json")}).exitCode == 0);
    // The Spanish is the source (docs/translation-state.md): changing it makes the English stale.
    writeFile(dir.path("es.json"),
              R"({"sections": [{"id": "objective-1", "body": {"es": "Nuevo texto de prevención."}}]})");
    REQUIRE(runCli({"apply", file, dir.path("es.json")}).exitCode == 0);
    QJsonObject j = checkJson(file, 1);
    CHECK(hasFinding(j, QStringLiteral("translation.stale"), QStringLiteral("sections/objective-1/body/en")));

    writeFile(dir.path("en.json"),
              R"({"sections": [{"id": "objective-1", "body": {"en": "New prevention text."}}]})");
    REQUIRE(runCli({"apply", file, dir.path("en.json")}).exitCode == 0);
    j = checkJson(file, 0);
    CHECK_FALSE(
        hasFinding(j, QStringLiteral("translation.stale"), QStringLiteral("sections/objective-1/body/es")));
    CHECK_FALSE(
        hasFinding(j, QStringLiteral("translation.stale"), QStringLiteral("sections/objective-1/body/en")));
}

TEST_CASE("check refuses a missing file and bad usage", "[cli][check]")
{
    TempDir dir;
    CHECK(runCli({"check", dir.path("none.cpcreport")}).exitCode == 2);
    CHECK(runCli({"check"}).exitCode == 2);
}
