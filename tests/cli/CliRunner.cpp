#include "CliRunner.h"

#include <QProcess>

namespace cpc::test {

CliResult runCli(const QStringList& args, const QByteArray& stdinData)
{
    QProcess p;
    p.setProgram(cliBinary());
    p.setArguments(args);
    p.start();
    p.waitForStarted();
    if (!stdinData.isEmpty()) p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    CliResult r;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString cliBinary()
{
    return QStringLiteral(CPC_TEST_BINARY);
}

} // namespace cpc::test
