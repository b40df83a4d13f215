// Issue 14, defect 9: a command that fails leaves no trace of itself in the report. A request whose file
// cannot be written is not recorded; a merge or an import that cannot be saved changes nothing (its
// changes and its record are one transaction).
#include "ReliabilitySupport.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>
#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace cpc::test;

namespace {

QString requestsMade(const QString& file)
{
    return runCli({QStringLiteral("request"), file, QStringLiteral("--show")}).out;
}

} // namespace

TEST_CASE("a request whose file cannot be written is not recorded", "[reliability][io]")
{
    TempDir dir;
    REQUIRE(::chmod(QFile::encodeName(dir.path(QString())).constData(), 0755) == 0);
    REQUIRE(QDir().mkpath(dir.path("work")));
    const QString file = newSampleReport(dir, QStringLiteral("work/r.cpcreport"));
    giveToOrdinaryUser(dir.path("work"));
    giveToOrdinaryUser(file);
    REQUIRE(QDir().mkpath(dir.path("closed")));
    REQUIRE(::chmod(QFile::encodeName(dir.path("closed")).constData(), 0555) == 0);
    const QString before = exportJson(file);
    REQUIRE(requestsMade(file).contains(QStringLiteral("no contribution requests")));

    const QString out = dir.path("closed/icbf.cpcreport");
    const CliResult r = runAsOrdinaryUser(dir, {QStringLiteral("request"), file, QStringLiteral("--entity"),
                                                QStringLiteral("ICBF"), QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == 3);
    CHECK(r.err.startsWith(QStringLiteral("cpcreport request: ") + out));
    CHECK(r.err.contains(QStringLiteral("permission denied")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(requestsMade(file).contains(QStringLiteral("no contribution requests")));
    CHECK(exportJson(file) == before);
    CHECK(QDir(dir.path("work"))
              .entryList(QDir::Files | QDir::Hidden)
              .filter(QStringLiteral("icbf"))
              .isEmpty());
    CHECK(QDir(dir.path("closed")).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // Where it can be written, it is written and recorded.
    const CliResult ok =
        runCli({QStringLiteral("request"), file, QStringLiteral("--entity"), QStringLiteral("ICBF"),
                QStringLiteral("-o"), dir.path("work/icbf.cpcreport")});
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(requestsMade(file).contains(QStringLiteral("ICBF")));
}

TEST_CASE("a merge that cannot be saved leaves no trace", "[reliability][io]")
{
    TempDir dir;
    const QString file = newSampleReport(dir);
    const QString contribution = dir.path("icbf.cpcreport");
    REQUIRE(runCli({QStringLiteral("request"), file, QStringLiteral("--entity"), QStringLiteral("ICBF"),
                    QStringLiteral("-o"), contribution})
                .exitCode == 0);
    // objective-2 is ICBF's; a text large enough that saving it needs more room than the disk has.
    const QByteArray big = "{\"sections\": [{\"id\": \"objective-2\", \"body\": {\"en\": \"" +
                           QByteArray(400000, 'x') + "\"}}]}";
    writeFile(dir.path("c.json"), big);
    const CliResult edited = runCli({QStringLiteral("apply"), contribution, dir.path("c.json")});
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == 0);
    const QString before = exportJson(file);
    const CliResult r = runCliWith({QStringLiteral("merge"), file, contribution}, [] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{64 * 1024, 64 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(exportJson(file) == before);
    // With room again the same merge takes everything: nothing was recorded as already merged.
    const CliResult again = runCli({QStringLiteral("merge"), file, contribution});
    INFO(again.err.toStdString() << again.out.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(exportJson(file).contains(QString(400000, QLatin1Char('x'))));
}
