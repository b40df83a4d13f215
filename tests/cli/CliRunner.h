#pragma once

#include <QString>
#include <QStringList>

namespace cpc::test {

// Runs the real cpcreport binary and keeps what it printed.
struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

CliResult runCli(const QStringList& args, const QByteArray& stdinData = QByteArray());
// The cpcreport binary under test.
QString cliBinary();

} // namespace cpc::test
