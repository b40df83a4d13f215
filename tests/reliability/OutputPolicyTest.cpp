// Issue 14, defects 1, 2 and 16: every command that writes a file follows one output policy (OutputFile):
// never the report being read or its working files, whatever the name (a symbolic or hard link), never a
// device, a pipe or a folder; refused with exit 2 and a message naming the file, the report unchanged.
// Special files are made inside the test's temporary folder; no real device is ever written to.
#include "ReliabilitySupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace cpc::test;

namespace {

// The command line of each exporting command, writing `out` (CSV for export-indicators).
QStringList exportTo(const QString& command, const QString& file, const QString& out)
{
    return {command, file, QStringLiteral("-o"), out};
}

QStringList hiddenLeftovers(const TempDir& dir)
{
    return QDir(dir.path(QString()))
        .entryList(QDir::Files | QDir::Hidden)
        .filter(QRegularExpression(QStringLiteral("^\\.")));
}

} // namespace

TEST_CASE("an export onto the report itself, by any name, is refused and the report is kept",
          "[reliability][output]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString before = exportJson(file);
    const QByteArray bytes = readFile(file);
    REQUIRE(QFile::link(file, dir.path("link.pdf")));
    REQUIRE(::link(QFile::encodeName(file).constData(),
                   QFile::encodeName(dir.path("hard.csv")).constData()) == 0);

    for (const QString& command :
         {QStringLiteral("export-pdf"), QStringLiteral("export-json"), QStringLiteral("export-indicators")}) {
        for (const QString& out : {file, dir.path("link.pdf"), dir.path("hard.csv"),
                                   file + QStringLiteral("-wal"), file + QStringLiteral(".lock")}) {
            QString target = out;
            if (command == QLatin1String("export-indicators") && !target.endsWith(QLatin1String(".csv")))
                continue; // it writes only .csv and .xlsx names
            const CliResult r = runCli(exportTo(command, file, target));
            INFO(command.toStdString() << " -o " << target.toStdString() << ": " << r.err.toStdString());
            CHECK_FALSE(r.crashed);
            CHECK(r.exitCode == 2);
            CHECK(r.err.contains(QStringLiteral("cpcreport ") + command + QStringLiteral(": ") + target));
            CHECK(readFile(file) == bytes);
            CHECK(QFileInfo(file + QStringLiteral("-wal")).size() == 0); // never written as an export
        }
    }
    CHECK(QFileInfo(dir.path("link.pdf")).isSymLink());
    CHECK(exportJson(file) == before);
    CHECK(hiddenLeftovers(dir).isEmpty());

    // Another report is never replaced by an export either.
    const QString other = newSampleReport(dir, QStringLiteral("other.cpcreport"));
    const QByteArray otherBytes = readFile(other);
    const CliResult r = runCli(exportTo(QStringLiteral("export-json"), file, other));
    CHECK(r.exitCode == 2);
    CHECK(readFile(other) == otherBytes);
}

TEST_CASE("an export never replaces a device, a pipe or a folder", "[reliability][output]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    QStringList specials;
    const QString fifo = dir.path("pipe.json");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    specials << fifo;
    // A character device node like /dev/null's, made in the temporary folder (root only).
    const QString device = dir.path("null.json");
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0)
        specials << device;
    else
        WARN("cannot make a device node here (not root); the pipe stands for it");
    REQUIRE(QDir().mkpath(dir.path("folder.json")));
    specials << dir.path("folder.json");

    for (const QString& out : specials) {
        struct stat st {};
        REQUIRE(::lstat(QFile::encodeName(out).constData(), &st) == 0);
        for (const QString& command : {QStringLiteral("export-json"), QStringLiteral("export-pdf")}) {
            const CliResult r = runCli(exportTo(command, file, out));
            INFO(command.toStdString() << " -o " << out.toStdString() << ": " << r.err.toStdString());
            CHECK_FALSE(r.crashed);
            CHECK(r.exitCode == 2);
            CHECK(r.err.contains(out));
            struct stat after {};
            REQUIRE(::lstat(QFile::encodeName(out).constData(), &after) == 0);
            CHECK(after.st_ino == st.st_ino);
            CHECK((after.st_mode & S_IFMT) == (st.st_mode & S_IFMT));
        }
    }
    CHECK(hiddenLeftovers(dir).isEmpty());
    // The standard output stays available, by "-o -" as by no -o.
    const CliResult r =
        runCli({QStringLiteral("export-json"), file, QStringLiteral("-o"), QStringLiteral("-")});
    CHECK(r.exitCode == 0);
    CHECK(r.out == exportJson(file));
}

TEST_CASE("an export to an ordinary file replaces it whole, through a link to it too",
          "[reliability][output]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    writeFile(dir.path("old.json"), "old");
    REQUIRE(QFile::link(dir.path("old.json"), dir.path("latest.json")));
    const CliResult r = runCli(exportTo(QStringLiteral("export-json"), file, dir.path("latest.json")));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(QFileInfo(dir.path("latest.json")).isSymLink()); // the link is kept, the file it names replaced
    CHECK(QString::fromUtf8(readFile(dir.path("old.json"))) == exportJson(file));
    CHECK(hiddenLeftovers(dir).isEmpty());
}

TEST_CASE("messages name the file and say what is wrong with it", "[reliability][output]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString before = exportJson(file);

    // import-indicators on a pipe and on an endless device: not "does not exist", and with the prefix.
    const QString fifo = dir.path("data.csv");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    for (const QString& data : {fifo, QStringLiteral("/dev/urandom")}) {
        const CliResult r = runCli(
            {QStringLiteral("import-indicators"), file, data, QStringLiteral("--year"), QStringLiteral("1")});
        INFO(r.err.toStdString());
        CHECK_FALSE(r.crashed);
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(QStringLiteral("cpcreport import-indicators: ") + data));
        CHECK(r.err.contains(QStringLiteral("pipe")));
        CHECK_FALSE(r.err.contains(QStringLiteral("does not exist")));
    }
    CHECK(exportJson(file) == before);

    // new onto a link that points nowhere says so, and names where it points.
    REQUIRE(QFile::link(dir.path("nowhere/gone.cpcreport"), dir.path("dangling.cpcreport")));
    const CliResult made =
        runCli({QStringLiteral("new"), dir.path("dangling.cpcreport"), QStringLiteral("--template"),
                QStringLiteral("colombia-cpc"), QStringLiteral("--year"), QStringLiteral("1")});
    INFO(made.err.toStdString());
    CHECK(made.exitCode == 2);
    CHECK(made.err.startsWith(QStringLiteral("cpcreport new: ") + dir.path("dangling.cpcreport")));
    CHECK(made.err.contains(QStringLiteral("link")));
    CHECK(made.err.contains(QStringLiteral("gone.cpcreport")));
    CHECK(QFileInfo(dir.path("dangling.cpcreport")).isSymLink());
    CHECK(hiddenLeftovers(dir).isEmpty());

    // A contribution file never goes to the standard output, nor onto the report.
    for (const QString& out : {QStringLiteral("-"), file}) {
        const CliResult r = runCli({QStringLiteral("request"), file, QStringLiteral("--entity"),
                                    QStringLiteral("ICBF"), QStringLiteral("-o"), out});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(QStringLiteral("cpcreport request: ")));
    }
    CHECK(exportJson(file) == before);
    CHECK(runCli({QStringLiteral("request"), file, QStringLiteral("--show")})
              .out.contains(QStringLiteral("no contribution requests")));
}
