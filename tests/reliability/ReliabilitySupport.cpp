#include "ReliabilitySupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>
#include <grp.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cpc::test {

QString resourceSamplePath()
{
    return test::sourcePath(QStringLiteral("resources/samples/sample-report.json"));
}

QString newSampleReport(const TempDir& dir, const QString& name)
{
    const QString file = dir.path(name);
    const CliResult made =
        runCli({QStringLiteral("new"), file, QStringLiteral("--from-json"), resourceSamplePath()});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return file;
}

QString exportJson(const QString& file)
{
    const CliResult r = runCli({QStringLiteral("export-json"), file});
    return r.exitCode == 0 ? r.out : QString();
}

QString integrityCheck(const QString& file)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open");
    }
    QString result;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW)
            result += QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    } else {
        result = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return result;
}

CliResult runCliWith(const QStringList& args, const std::function<void()>& prepare)
{
    return runProgramWith(cliBinary(), args, prepare, QProcessEnvironment::systemEnvironment());
}

CliResult runProgramWith(const QString& program, const QStringList& args,
                         const std::function<void()>& prepare, const QProcessEnvironment& environment)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(environment);
    p.setChildProcessModifier(prepare);
    p.start();
    if (!p.waitForStarted())
        FAIL("cannot start " << program.toStdString() << ": " << p.errorString().toStdString());
    p.closeWriteChannel();
    p.waitForFinished(120000);
    CliResult r;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

namespace {
constexpr uid_t kNobody = 65534;
}

void asOrdinaryUser()
{
    if (::geteuid() != 0) return;
    ::setgroups(0, nullptr);
    if (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0) ::_exit(99);
}

void giveToOrdinaryUser(const QString& path)
{
    if (::geteuid() == 0) REQUIRE(::chown(QFile::encodeName(path).constData(), kNobody, kNobody) == 0);
}

CliResult runAsOrdinaryUser(const TempDir& dir, const QStringList& args)
{
    if (::geteuid() != 0) return runCliWith(args, {});
    const QString bin = dir.path(QStringLiteral("bin"));
    const QString program = bin + QStringLiteral("/cpcreport");
    const QString home = dir.path(QStringLiteral("nobody-home"));
    if (!QFile::exists(program)) {
        REQUIRE(QDir().mkpath(bin));
        REQUIRE(QFile::copy(cliBinary(), program));
        REQUIRE(::chmod(QFile::encodeName(bin).constData(), 0755) == 0);
        REQUIRE(::chmod(QFile::encodeName(program).constData(), 0755) == 0);
        REQUIRE(QDir().mkpath(home));
        giveToOrdinaryUser(home);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* variable :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(variable));
    env.insert(QStringLiteral("HOME"), home);
    return runProgramWith(program, args, asOrdinaryUser, env);
}

QString childBinary()
{
    return QStringLiteral(CPC_RELIABILITY_CHILD);
}

} // namespace cpc::test
