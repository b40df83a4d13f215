#include "storage/FileLock.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace cpc;
using cpc::test::TempDir;

namespace {

void sql(const QString& path, const char* statements)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, statements, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QString makeReport(const TempDir& dir, const QString& name = QStringLiteral("r.cpcreport"))
{
    const QString path = dir.path(name);
    REQUIRE(ReportDocument::create(path, test::smallReport(), {}));
    return path;
}

// Opening must fail with a message, and leave the file's bytes as they were.
void expectRefused(const QString& path, const QString& words)
{
    const QByteArray before = QFile::exists(path) ? test::readFile(path) : QByteArray();
    auto doc = ReportDocument::open(path);
    REQUIRE_FALSE(doc);
    INFO(doc.error().toString().toStdString());
    CHECK(doc.error().message.contains(words, Qt::CaseInsensitive));
    CHECK(doc.error().where == path);
    if (QFile::exists(path)) CHECK(test::readFile(path) == before);
}

} // namespace

TEST_CASE("files that are not reports are refused with a message saying what they are", "[storage][badfile]")
{
    TempDir dir;
    expectRefused(dir.path("missing.cpcreport"), QStringLiteral("does not exist"));
    test::writeFile(dir.path("empty.cpcreport"), QByteArray());
    expectRefused(dir.path("empty.cpcreport"), QStringLiteral("not a CPC report"));
    test::writeFile(dir.path("text.cpcreport"), "{\"format\": \"cpcreport-json/1\"}");
    expectRefused(dir.path("text.cpcreport"), QStringLiteral("not a CPC report"));
    QByteArray noise(70000, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    test::writeFile(dir.path("noise.cpcreport"), noise);
    expectRefused(dir.path("noise.cpcreport"), QStringLiteral("not a CPC report"));
    sql(dir.path("foreign.cpcreport"), "CREATE TABLE t(x); INSERT INTO t VALUES(1);");
    expectRefused(dir.path("foreign.cpcreport"), QStringLiteral("another program"));
}

TEST_CASE("a file from a newer version is refused without being touched", "[storage][badfile]")
{
    TempDir dir;
    const QString path = makeReport(dir);
    sql(path, "PRAGMA user_version = 99;");
    expectRefused(path, QStringLiteral("newer version"));
}

TEST_CASE("a damaged file is refused", "[storage][badfile]")
{
    TempDir dir;
    const QString path = makeReport(dir);
    QByteArray bytes = test::readFile(path);
    REQUIRE(bytes.size() > 8192);
    for (int i = 4096 + 100; i < bytes.size(); i += 3)
        bytes[i] = char(0xA5);
    test::writeFile(path, bytes);
    expectRefused(path, QStringLiteral("damaged"));

    const QString cut = makeReport(dir, QStringLiteral("cut.cpcreport"));
    test::writeFile(cut, test::readFile(cut).left(5000));
    expectRefused(cut, QStringLiteral("damaged"));
}

TEST_CASE("a file whose structure was altered is refused", "[storage][badfile]")
{
    TempDir dir;
    const QString extraTable = makeReport(dir, QStringLiteral("a.cpcreport"));
    sql(extraTable, "CREATE TABLE evil(x);");
    expectRefused(extraTable, QStringLiteral("altered"));
    const QString trigger = makeReport(dir, QStringLiteral("b.cpcreport"));
    sql(trigger, "CREATE TRIGGER t AFTER UPDATE ON section BEGIN DELETE FROM entity; END;");
    expectRefused(trigger, QStringLiteral("altered"));
    const QString view = makeReport(dir, QStringLiteral("c.cpcreport"));
    sql(view, "CREATE VIEW v AS SELECT * FROM section;");
    expectRefused(view, QStringLiteral("altered"));
}

TEST_CASE("a second writer is told who holds the file and may open it read-only", "[storage][lock]")
{
    TempDir dir;
    const QString path = makeReport(dir);
    auto first = ReportDocument::open(path);
    REQUIRE(first);
    CHECK_FALSE(ReportDocument::lockHolder(path).isEmpty());
    auto second = ReportDocument::open(path);
    REQUIRE_FALSE(second);
    CHECK(second.error().kind == Error::Kind::Failed);
    CHECK(second.error().message.contains(QStringLiteral("another window")));
    auto reader = ReportDocument::open(path, ReportDocument::Mode::ReadOnly);
    REQUIRE(reader);
    first = Result<std::unique_ptr<ReportDocument>>(Error{});
    CHECK(ReportDocument::lockHolder(path).isEmpty());
    CHECK(ReportDocument::open(path));
}

TEST_CASE("a lock file left behind by a crash does not block the report", "[storage][lock]")
{
    TempDir dir;
    const QString path = makeReport(dir);
    test::writeFile(FileLock::lockPathFor(path), "Someone on a crashed machine, process 1\n");
    CHECK(ReportDocument::lockHolder(path).isEmpty());
    CHECK(ReportDocument::open(path));
}
