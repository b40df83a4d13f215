// Issue 14, defects 10 and 16: an export to a disk that fills up fails with exit 3 and a message in words
// naming the file ("the disk is full", never "Unknown error"), leaves nothing behind, and never lets
// libxlsxwriter print its own "[ERROR][./src/packager.c…]" lines. The disk is a real tiny filesystem (the
// tests run as root in CI; elsewhere the case is skipped with a warning).
#include "ReliabilitySupport.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>
#include <sys/mount.h>

using namespace cpc::test;

namespace {

// A 64 KiB filesystem at `dir`/disk, filled up; unmounted when the test ends.
class TinyDisk {
public:
    explicit TinyDisk(const TempDir& dir) : m_path(dir.path("disk"))
    {
        REQUIRE(QDir().mkpath(m_path));
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", 0, "size=64k") == 0;
        if (!m_mounted) return;
        QFile filler(m_path + QStringLiteral("/filler"));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
    }
    ~TinyDisk()
    {
        if (m_mounted) ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString path(const QString& name) const { return m_path + QLatin1Char('/') + name; }
    QStringList files() const { return QDir(m_path).entryList(QDir::Files | QDir::Hidden); }

private:
    QString m_path;
    bool m_mounted = false;
};

void expectFailedInWords(const CliResult& r, const QString& command, const QString& out)
{
    INFO(r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == 3);
    CHECK(r.err.startsWith(QStringLiteral("cpcreport ") + command + QStringLiteral(": ") + out));
    CHECK(r.err.contains(QStringLiteral("could not be written")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Unknown error")));
    CHECK_FALSE(r.err.contains(QStringLiteral("[ERROR]")));
    CHECK_FALSE(r.err.contains(QStringLiteral("packager.c")));
}

} // namespace

TEST_CASE("export-indicators to a full disk fails, says so in words, and leaves nothing", "[reliability][io]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    TinyDisk disk(dir);
    if (!disk.mounted()) {
        WARN("cannot mount a small filesystem here (not root)");
        return;
    }
    for (const QString& name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")}) {
        const QString out = disk.path(name);
        const CliResult r = runCli({QStringLiteral("export-indicators"), file, QStringLiteral("-o"), out});
        expectFailedInWords(r, QStringLiteral("export-indicators"), out);
        CHECK(r.err.contains(QStringLiteral("the disk is full")));
        CHECK(disk.files() == QStringList{QStringLiteral("filler")});
    }
    const QString json = disk.path("r.json");
    const CliResult r = runCli({QStringLiteral("export-json"), file, QStringLiteral("-o"), json});
    expectFailedInWords(r, QStringLiteral("export-json"), json);
    CHECK(r.err.contains(QStringLiteral("the disk is full")));
    CHECK(disk.files() == QStringList{QStringLiteral("filler")});
}
