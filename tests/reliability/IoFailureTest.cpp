// Failing I/O with the real binary: a read-only report, a read-only folder, a disk that fills up (a
// file size limit on the process, and a real tiny filesystem when the tests may mount one), and a full
// standard output. Each time: exit 3, a message naming the file, nothing lost, the file sound.
#include "ReliabilitySupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>
#include <csignal>
#include <grp.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace cpc::test;

namespace {

// Files may grow to `bytes` at most; writing beyond fails with EFBIG, as on a full disk.
std::function<void()> fileSizeLimit(rlim_t bytes)
{
    return [bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    };
}

void setMode(const QString& path, mode_t mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

// A folder inside `dir` that an ordinary user can reach.
QString reachableFolder(const TempDir& dir, const QString& name)
{
    const QString folder = dir.path(name);
    REQUIRE(QDir().mkpath(folder));
    setMode(dir.path(QString()), 0755);
    return folder;
}

QByteArray bigChange(int characters)
{
    return "{\"sections\": [{\"id\": \"objective-3\", \"body\": {\"en\": \"" + QByteArray(characters, 'x') +
           "\"}}]}";
}

void expectUnchanged(const QString& file, const QString& before)
{
    CHECK(integrityCheck(file) == QStringLiteral("ok"));
    CHECK(exportJson(file) == before);
}

} // namespace

TEST_CASE("apply to a read-only report exits 3 with a message and changes nothing", "[reliability][io]")
{
    TempDir dir;
    const QString folder = reachableFolder(dir, QStringLiteral("work"));
    setMode(folder, 0777);
    const QString file = newSampleReport(dir, QStringLiteral("work/r.cpcreport"));
    const QString before = exportJson(file);
    writeFile(dir.path("work/c.json"),
              R"({"sections": [{"id": "objective-3", "body": {"en": "Changed."}}]})");
    setMode(dir.path("work/c.json"), 0644);
    setMode(file, 0444);
    const QByteArray bytes = readFile(file);

    const CliResult r = runAsOrdinaryUser(dir, {QStringLiteral("apply"), file, dir.path("work/c.json")});
    INFO(r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(file));
    CHECK(r.err.contains(QStringLiteral("read-only")));
    CHECK(readFile(file) == bytes);
    setMode(file, 0644);
    expectUnchanged(file, before);
}

TEST_CASE("apply in a read-only folder exits 3 with a message and changes nothing", "[reliability][io]")
{
    TempDir dir;
    const QString folder = reachableFolder(dir, QStringLiteral("work"));
    const QString file = newSampleReport(dir, QStringLiteral("work/r.cpcreport"));
    const QString before = exportJson(file);
    writeFile(dir.path("c.json"), R"({"sections": [{"id": "objective-3", "body": {"en": "Changed."}}]})");
    setMode(dir.path("c.json"), 0644);
    for (const QString& name : QDir(folder).entryList(QDir::Files))
        giveToOrdinaryUser(folder + QLatin1Char('/') + name);
    setMode(folder, 0555);
    const QByteArray bytes = readFile(file);

    const CliResult r = runAsOrdinaryUser(dir, {QStringLiteral("apply"), file, dir.path("c.json")});
    INFO(r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(file));
    CHECK(r.err.contains(QStringLiteral("read-only")));
    CHECK(readFile(file) == bytes);
    setMode(folder, 0755);
    expectUnchanged(file, before);
}

TEST_CASE("a disk that fills up during apply loses nothing and leaves the report sound", "[reliability][io]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString before = exportJson(file);
    writeFile(dir.path("big.json"), bigChange(600000));
    writeFile(dir.path("small.json"),
              R"({"sections": [{"id": "objective-3", "body": {"en": "Small change."}}]})");

    // The write-ahead log cannot grow past 64 KiB: the 600 KB text does not fit.
    const CliResult r =
        runCliWith({QStringLiteral("apply"), file, dir.path("big.json")}, fileSizeLimit(64 * 1024));
    INFO(r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(file));
    CHECK(r.err.contains(QStringLiteral("could not be saved")));
    CHECK(r.err.contains(QStringLiteral("nothing was changed")));
    expectUnchanged(file, before);
    // With room again, the file takes edits as before.
    CHECK(runCli({QStringLiteral("apply"), file, dir.path("small.json")}).exitCode == 0);
    CHECK(exportJson(file).contains(QStringLiteral("Small change.")));
}

TEST_CASE("an export that cannot be written leaves nothing behind and says so", "[reliability][io]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString before = exportJson(file);
    const QString pdf = dir.path("out.pdf");
    const CliResult r = runCliWith({QStringLiteral("export-pdf"), file, QStringLiteral("-o"), pdf},
                                   fileSizeLimit(100 * 1024));
    INFO(r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(pdf));
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(QDir(dir.path(QString()))
              .entryList(QDir::Files | QDir::Hidden)
              .filter(QStringLiteral("out.pdf"))
              .isEmpty());
    expectUnchanged(file, before);

    // A full standard output (a script redirecting to a full disk) is a failure, not a truncated success.
    QProcess p;
    p.setProgram(cliBinary());
    p.setArguments({QStringLiteral("export-json"), file});
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start();
    REQUIRE(p.waitForFinished(120000));
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 3);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("could not be written")));
}

TEST_CASE("a real filesystem running out of space loses nothing", "[reliability][io]")
{
    TempDir dir;
    const QString mountPoint = dir.path("small-disk");
    REQUIRE(QDir().mkpath(mountPoint));
    const QByteArray mp = QFile::encodeName(mountPoint);
    if (::mount("tmpfs", mp.constData(), "tmpfs", 0, "size=640k") != 0) {
        WARN("cannot mount a small filesystem here (not root, or no permission); covered by the file size "
             "limit test");
        return;
    }
    struct Unmount {
        QByteArray path;
        ~Unmount() { ::umount2(path.constData(), MNT_DETACH); }
    } unmount{mp};

    const QString file = newSampleReport(dir, QStringLiteral("small-disk/r.cpcreport"));
    const QString before = exportJson(file);
    writeFile(dir.path("big.json"), bigChange(900000));
    const CliResult r = runCli({QStringLiteral("apply"), file, dir.path("big.json")});
    INFO(r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("full"), Qt::CaseInsensitive));
    expectUnchanged(file, before);
}
