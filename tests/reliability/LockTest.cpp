// One writer at a time, with real processes: a second `cpcreport apply` is refused while another
// process holds the report and is told who; a holder killed with SIGKILL leaves a lock file that does
// not block the next writer.
#include "ReliabilitySupport.h"
#include "storage/FileLock.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace cpc::test;

namespace {

// A child process holding the writer's lock on a report until it is killed or told to stop.
class Holder {
public:
    explicit Holder(const QString& file)
    {
        m_p.setProgram(childBinary());
        m_p.setArguments({QStringLiteral("hold"), file});
        m_p.start();
        REQUIRE(m_p.waitForStarted());
        while (!m_p.canReadLine() && m_p.state() == QProcess::Running)
            m_p.waitForReadyRead(1000);
        INFO(QString::fromUtf8(m_p.readAllStandardError()).toStdString());
        REQUIRE(m_p.readLine().trimmed() == QByteArray("held"));
    }
    ~Holder()
    {
        if (m_p.state() != QProcess::NotRunning) kill();
    }
    qint64 pid() const { return m_p.processId(); }
    void kill()
    {
        m_p.kill(); // SIGKILL: no destructor, no unlock, the lock file stays behind
        m_p.waitForFinished();
    }

private:
    QProcess m_p;
};

} // namespace

TEST_CASE("a second apply on a held report exits 3, names the holder and changes nothing",
          "[reliability][lock]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString before = exportJson(file);
    REQUIRE_FALSE(before.isEmpty());
    writeFile(dir.path("c.json"), R"({"sections": [{"id": "objective-3", "body": {"en": "Changed."}}]})");

    Holder holder(file);
    const CliResult refused = runCli({QStringLiteral("apply"), file, dir.path("c.json")});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("another window or program")));
    CHECK(refused.err.contains(QStringLiteral("process %1").arg(holder.pid())));
    CHECK(refused.err.contains(file));
    // Readers are not blocked, and the report is as it was.
    CHECK(exportJson(file) == before);

    // The same for the other writing commands.
    writeFile(dir.path("d.csv"), "indicator,target,actual\n3.1,60,52\n");
    const CliResult import = runCli({QStringLiteral("import-indicators"), file, dir.path("d.csv"),
                                     QStringLiteral("--year"), QStringLiteral("3")});
    CHECK(import.exitCode == 3);
    CHECK(import.err.contains(QStringLiteral("process %1").arg(holder.pid())));
    CHECK(exportJson(file) == before);
}

TEST_CASE("a lock left by a process killed with SIGKILL does not block the report", "[reliability][lock]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    writeFile(dir.path("c.json"),
              R"({"sections": [{"id": "objective-3", "body": {"en": "After the crash."}}]})");
    {
        Holder holder(file);
        holder.kill();
    }
    // The killed holder's lock file is still there, naming it; the kernel has dropped its lock.
    REQUIRE(QFile::exists(cpc::FileLock::lockPathFor(file)));
    CHECK(readFile(cpc::FileLock::lockPathFor(file)).contains("process"));
    const CliResult applied = runCli({QStringLiteral("apply"), file, dir.path("c.json")});
    INFO(applied.err.toStdString());
    CHECK(applied.exitCode == 0);
    CHECK(exportJson(file).contains(QStringLiteral("After the crash.")));
    CHECK(integrityCheck(file) == QStringLiteral("ok"));
}

// Issue 14, defect 3: in a shared folder anyone may put a link where the lock file goes; taking the lock
// must never write through it.
TEST_CASE("a link at the lock file's name is never written through", "[reliability][lock]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString lock = cpc::FileLock::lockPathFor(file);
    writeFile(dir.path("c.json"), R"({"sections": [{"id": "objective-3", "body": {"en": "Changed."}}]})");
    const QByteArray precious = "a year of work that is not a lock file\n";
    writeFile(dir.path("victim.txt"), precious);

    SECTION("a symbolic link")
    {
        REQUIRE(QFile::link(dir.path("victim.txt"), lock));
    }
    SECTION("a hard link")
    {
        REQUIRE(::link(QFile::encodeName(dir.path("victim.txt")).constData(),
                       QFile::encodeName(lock).constData()) == 0);
    }
    SECTION("a symbolic link to a file that does not exist yet")
    {
        QFile::remove(dir.path("victim.txt"));
        REQUIRE(QFile::link(dir.path("victim.txt"), lock));
    }

    const CliResult applied = runCli({QStringLiteral("apply"), file, dir.path("c.json")});
    INFO(applied.err.toStdString());
    CHECK(applied.exitCode == 0);
    CHECK(exportJson(file).contains(QStringLiteral("Changed.")));
    if (QFile::exists(dir.path("victim.txt")))
        CHECK(readFile(dir.path("victim.txt")) == precious);
    else
        CHECK_FALSE(QFileInfo::exists(dir.path("victim.txt"))); // not created through the link either
    // The holder's name is never read out of another file either.
    CHECK(cpc::FileLock::holder(file).isEmpty());
}
