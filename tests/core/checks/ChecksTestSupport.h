#pragma once

#include "checks/Finding.h"
#include "model/Report.h"

namespace cpc::test {

// The shared sample with everything Section V.B asks for filled in (tests/fixtures/checks/ready-report.json).
Report readyReport();
// A text read from a document: both sides current.
BiText settled(const QString& en, const QString& es);
Findings withRule(const Findings& all, const QString& rule);
bool has(const Findings& all, const QString& rule, const QString& path);
// For messages when a check fails: one finding a line.
std::string describe(const Findings& all);

} // namespace cpc::test
