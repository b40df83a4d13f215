// Issue 14, defect 4: a -wal (or rollback journal) that was written for another file is recognised before
// SQLite replays it; the report is refused with a message naming the log, and stays exactly as it was.
// A report's own -wal, left by a crash, is still replayed.
#include "ReliabilitySupport.h"
#include "ReliabilityTexts.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace cpc::test;

namespace {

// A child that makes `edits` edits to `file` and is then killed: the edits are only in the file's -wal.
void crashAfterEdits(const QString& file, int edits)
{
    QProcess p;
    p.setProgram(childBinary());
    p.setArguments({QStringLiteral("edited"), file, QString::number(edits)});
    p.start();
    REQUIRE(p.waitForStarted());
    QByteArray said;
    while (!said.contains("held") && p.state() == QProcess::Running) {
        p.waitForReadyRead(1000);
        said += p.readAllStandardOutput();
    }
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(said.contains("held"));
    p.kill();
    p.waitForFinished();
    REQUIRE(QFile(file + QStringLiteral("-wal")).size() > 0);
}

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

} // namespace

TEST_CASE("a report's own -wal left by a crash is replayed", "[reliability][wal]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    crashAfterEdits(file, 2);
    const QString json = exportJson(file);
    CHECK(json.contains(QStringLiteral("Edit 2.")));
    CHECK(integrityCheck(file) == QStringLiteral("ok"));
}

TEST_CASE("a -wal copied from another report is refused and the report stays as it was", "[reliability][wal]")
{
    TempDir dir;
    const QString mine = newSampleReport(dir, QStringLiteral("mine.cpcreport"));
    const QString other = newSampleReport(dir, QStringLiteral("other.cpcreport"));
    const QString before = exportJson(mine);
    REQUIRE_FALSE(before.isEmpty());
    crashAfterEdits(other, 2);
    const QByteArray bytes = readFile(mine);

    // As folder syncing or copying pairs of files does.
    copyFile(other + QStringLiteral("-wal"), mine + QStringLiteral("-wal"));
    for (const QString& command : {QStringLiteral("export-json"), QStringLiteral("summary")}) {
        const CliResult r = runCli({command, mine});
        INFO(command.toStdString() << ": " << r.err.toStdString());
        CHECK_FALSE(r.crashed);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(mine + QStringLiteral("-wal")));
        CHECK(r.err.contains(QStringLiteral("was not written for it")));
        CHECK_FALSE(r.out.contains(QStringLiteral("Edit 2.")));
    }
    writeFile(dir.path("c.json"), R"({"sections": [{"id": "objective-1", "body": {"en": "Changed."}}]})");
    const CliResult apply = runCli({QStringLiteral("apply"), mine, dir.path("c.json")});
    CHECK(apply.exitCode == 2);
    CHECK(readFile(mine) == bytes);

    // Moved away, the report opens as it was last saved; the log never reached it.
    REQUIRE(QFile::remove(mine + QStringLiteral("-wal")));
    QFile::remove(mine + QStringLiteral("-shm"));
    CHECK(exportJson(mine) == before);
    CHECK(integrityCheck(mine) == QStringLiteral("ok"));
}

TEST_CASE("a -wal of a copy of the same report is refused", "[reliability][wal]")
{
    TempDir dir;
    const QString original = newSampleReport(dir, QStringLiteral("original.cpcreport"));
    const QString copy = dir.path("copy.cpcreport");
    copyFile(original, copy); // the same content and history, another file
    const QString before = exportJson(copy);
    crashAfterEdits(original, 1);
    copyFile(original + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    const CliResult r = runCli({QStringLiteral("export-json"), copy});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(copy + QStringLiteral("-wal")));
    REQUIRE(QFile::remove(copy + QStringLiteral("-wal")));
    CHECK(exportJson(copy) == before);
}

TEST_CASE("a rollback journal beside a report is refused and the report stays as it was",
          "[reliability][wal]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString before = exportJson(file);
    const QByteArray bytes = readFile(file);
    // Something in a rollback journal's place (reports are always in WAL mode, so never their own).
    const QByteArray journal =
        QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8) + QByteArray(4096 * 3, '\x01');
    writeFile(file + QStringLiteral("-journal"), journal);
    const CliResult r = runCli({QStringLiteral("export-json"), file});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(file + QStringLiteral("-journal")));
    CHECK(readFile(file) == bytes);
    REQUIRE(QFile::remove(file + QStringLiteral("-journal")));
    CHECK(exportJson(file) == before);
}
