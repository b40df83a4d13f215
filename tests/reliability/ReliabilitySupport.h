#pragma once

#include "../cli/CliRunner.h"
#include "support/TestSupport.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>

namespace cpc::test {

// The project's sample report (resources/samples), which the fixtures are made from.
QString resourceSamplePath();
// `cpcreport new FILE --from-json` the sample; fails the test if it does not work.
QString newSampleReport(const TempDir& dir, const QString& name = QStringLiteral("r.cpcreport"));
// `cpcreport export-json FILE` (empty when it fails).
QString exportJson(const QString& file);
// PRAGMA integrity_check of a file, through SQLite directly ("ok" when sound).
QString integrityCheck(const QString& file);

// Runs the real cpcreport with `prepare` called in the child before exec (limits, another user...).
CliResult runCliWith(const QStringList& args, const std::function<void()>& prepare);
// The same with another copy of the program and another environment. A program that cannot be started
// fails the test with the reason (an exec failure would otherwise look like exit code 255).
CliResult runProgramWith(const QString& program, const QStringList& args,
                         const std::function<void()>& prepare, const QProcessEnvironment& environment);

// Root ignores file permissions: tests that need them run the child as an ordinary user (nobody).
// asOrdinaryUser() is a child-process modifier that drops to that user (when running as root);
// giveToOrdinaryUser() hands a file or folder to that user.
void asOrdinaryUser();
void giveToOrdinaryUser(const QString& path);
// Runs cpcreport as the ordinary user. The build folder may be where that user cannot reach it (a fresh
// machine clones under root's home, mode 0700), and so may root's home: the child runs a copy of the
// program from `dir` (which must be reachable: mode 0755), with a home folder of its own.
CliResult runAsOrdinaryUser(const TempDir& dir, const QStringList& args);

// The child process of the reliability tests (ReliabilityChild.cpp).
QString childBinary();

} // namespace cpc::test
