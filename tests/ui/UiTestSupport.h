#pragma once

#include "storage/ReportDocument.h"

#include <QString>

namespace cpc::test {

// Writes the shared sample report into a new .cpcreport at `path` (and closes it).
void makeSampleFile(const QString& path);
// What the file at `path` holds now, read independently of any window (read-only, no lock taken).
Report reportInFile(const QString& path);
// Runs the event loop long enough for typing to be committed by the debounce timer.
void waitForCommit();

} // namespace cpc::test

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
