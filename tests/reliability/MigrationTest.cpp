// Schema versions: the fixture of every version that has existed opens (and upgrades) with its content
// intact; a copy of the original is kept before any upgrade; a file from a newer version is refused
// and left byte for byte as it was. Version 2 added breakdown labels (the upgrade writes the words
// version 1 printed for the file's codes; tests/core/storage checks them); a further test step
// (Migrations::addTestStep) exercises the upgrade path beyond the latest version.
#include "ReliabilitySupport.h"
#include "storage/Migrations.h"
#include "storage/ReportDocument.h"
#include "storage/ReportFile.h"

#include "json/ReportJsonReader.h"
#include "json/ReportJsonWriter.h"
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace cpc;
using namespace cpc::test;

namespace {

struct TestStep {
    explicit TestStep(const char* sql) { Migrations::addTestStep(sql); }
    ~TestStep() { Migrations::removeTestSteps(); }
};

int userVersion(const QString& path)
{
    sqlite3* db = nullptr;
    int v = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return v;
}

void setUserVersion(const QString& path, int v)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(v);
    CHECK(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

// A private copy of a fixture (fixtures are never opened in place).
QString copyOfFixture(const TempDir& dir, const QString& name)
{
    const QString copy = dir.path(name);
    REQUIRE(QFile::copy(fixturePath(QStringLiteral("schema/") + name), copy));
    REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    return copy;
}

// The sample as the current reader makes it (the writer fills in what the sample leaves out).
QJsonObject sampleJson()
{
    auto report = ReportJsonReader::read(readFile(resourceSamplePath()));
    REQUIRE(report);
    return QJsonDocument::fromJson(ReportJsonWriter::write(report.value())).object();
}
// The content of a file as the sample has it: without the breakdown labels that the upgrade to version 2
// adds.
QJsonObject jsonOf(const ReportDocument& doc)
{
    QJsonObject o = QJsonDocument::fromJson(ReportJsonWriter::write(doc.report())).object();
    o.remove(QStringLiteral("breakdown_labels"));
    return o;
}

} // namespace

TEST_CASE("the version 1 fixture opens with the sample report in it", "[reliability][migration]")
{
    TempDir dir;
    const QString file = copyOfFixture(dir, QStringLiteral("v1.cpcreport"));
    CHECK(userVersion(file) == 1);
    auto doc = ReportDocument::open(file);
    REQUIRE(doc);
    CHECK_FALSE(doc.value()->file().upgradeBackup().isEmpty()); // upgraded to version 2
    CHECK(jsonOf(*doc.value()) == sampleJson());
    CHECK_FALSE(doc.value()->report().breakdownLabels.isEmpty());
    CHECK(doc.value()->history().isEmpty() == false);
    CHECK_FALSE(doc.value()->reportUuid().isEmpty());
}

TEST_CASE("upgrading keeps a copy of the original beside the file first", "[reliability][migration]")
{
    TempDir dir;
    const QString file = copyOfFixture(dir, QStringLiteral("v1.cpcreport"));
    const QByteArray original = readFile(file);
    {
        const TestStep step("CREATE TABLE upgrade_check(x INTEGER);");
        REQUIRE(Migrations::latestVersion() == 3);
        auto doc = ReportDocument::open(file);
        REQUIRE(doc);
        const QString backup = doc.value()->file().upgradeBackup();
        CHECK(backup == file + QStringLiteral(".v1.bak"));
        CHECK(readFile(backup) == original);
        CHECK(userVersion(backup) == 1);
        CHECK(jsonOf(*doc.value()) == sampleJson());
        // The upgraded file takes edits.
        CHECK(doc.value()->apply(
            ChangeSet{{FieldChange{FieldPath::fromString(QStringLiteral("sections/objective-3/body/en")),
                                   QStringLiteral("After the upgrade.")}},
                      QStringLiteral("test"),
                      ChangeOrigin::Edit}));
    }
    CHECK(userVersion(file) == 3);
    // Back to a program that knows only version 2: the upgraded file is newer, refused untouched.
    const QByteArray upgraded = readFile(file);
    auto refused = ReportDocument::open(file);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("newer version")));
    CHECK(readFile(file) == upgraded);
    // The kept copy opens as it was.
    auto old = ReportDocument::open(file + QStringLiteral(".v1.bak"), ReportDocument::Mode::ReadOnly);
    REQUIRE(old);
    CHECK(jsonOf(*old.value()) == sampleJson());
}

TEST_CASE("a read-only look at an older file upgrades a private copy and leaves the file alone",
          "[reliability][migration]")
{
    TempDir dir;
    const QString file = copyOfFixture(dir, QStringLiteral("v1.cpcreport"));
    const QByteArray original = readFile(file);
    const TestStep step("CREATE TABLE upgrade_check(x INTEGER);");
    {
        auto doc = ReportDocument::open(file, ReportDocument::Mode::ReadOnly);
        REQUIRE(doc);
        CHECK(jsonOf(*doc.value()) == sampleJson());
    }
    CHECK(readFile(file) == original);
    CHECK_FALSE(QFile::exists(file + QStringLiteral(".v1.bak")));
}

TEST_CASE("an upgrade step that fails leaves the file as it was", "[reliability][migration]")
{
    TempDir dir;
    const QString file = copyOfFixture(dir, QStringLiteral("v1.cpcreport"));
    const QByteArray original = readFile(file);
    {
        const TestStep step("CREATE TABLE upgrade_check(x INTEGER); THIS IS NOT SQL;");
        auto doc = ReportDocument::open(file);
        REQUIRE_FALSE(doc);
        CHECK_FALSE(doc.error().message.isEmpty());
    }
    CHECK(userVersion(file) == 1);
    CHECK(integrityCheck(file) == QStringLiteral("ok"));
    auto doc = ReportDocument::open(file);
    REQUIRE(doc);
    CHECK(jsonOf(*doc.value()) == sampleJson());
}

TEST_CASE("a file from a newer version is refused by every command, byte for byte untouched",
          "[reliability][migration]")
{
    TempDir dir;
    const QString file = copyOfFixture(dir, QStringLiteral("v1.cpcreport"));
    setUserVersion(file, Migrations::latestVersion() + 1);
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    const QByteArray bytes = readFile(file);
    writeFile(dir.path("c.json"), R"({"sections": [{"id": "objective-3", "body": {"en": "Changed."}}]})");
    const QList<QStringList> commands{
        {QStringLiteral("export-json"), file},
        {QStringLiteral("apply"), file, dir.path("c.json")},
        {QStringLiteral("check"), file},
        {QStringLiteral("export-pdf"), file, QStringLiteral("-o"), dir.path("o.pdf")},
    };
    for (const QStringList& args : commands) {
        const CliResult r = runCli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("newer version")));
        CHECK(readFile(file) == bytes);
    }
    const QStringList left = QDir(dir.path(QString())).entryList(QDir::Files);
    CHECK(left == (QStringList{QStringLiteral("c.json"), QStringLiteral("v1.cpcreport")}));
}
