#pragma once

#include "storage/ReportDocument.h"
#include "support/TestSupport.h"
#include "window/MainWindow.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace cpc::test {

// Writes the shared sample report into a new .cpcreport at `path` (and closes it).
void makeSampleFile(const QString& path);
// What the file at `path` holds now, read independently of any window (read-only, no lock taken).
Report reportInFile(const QString& path);
// Runs the event loop long enough for typing to be committed by the debounce timer.
void waitForCommit();

// A window with the shared sample report open in it, from a file of its own in a temporary folder.
struct OpenSample {
    OpenSample();
    TempDir dir;
    QString path;
    MainWindow window;
};

// While it lives, the interface speaks Colombian Spanish: our translation, Qt's own, and the locale.
class SpanishInterface {
public:
    SpanishInterface();
    ~SpanishInterface();
    SpanishInterface(const SpanishInterface&) = delete;
    SpanishInterface& operator=(const SpanishInterface&) = delete;

private:
    QTranslator m_ours, m_qt;
    QLocale m_before;
};

} // namespace cpc::test

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
