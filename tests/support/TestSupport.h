#pragma once

#include "model/Report.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace cpc::test {

// Paths of the shared example report and of this project's fixtures.
QString sharedSamplePath();  // ../shared/examples/sample-report.json
QString fixturePath(const QString& relative);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

// The shared example report, parsed (fails the test if it does not parse).
Report sampleReport();
// A small report built in code, independent of any reader: two entities, an objective section with one
// activity, a narrative section, one indicator with values and a breakdown, a glossary entry, a comment.
Report smallReport();

// A temporary folder that lives as long as the test.
class TempDir {
public:
    TempDir();
    QString path(const QString& name) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace cpc::test
