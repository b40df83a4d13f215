#pragma once

#include "model/Report.h"

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace cpc::test {

// Paths of the example report the tests use (a copy of the contract's example, kept with the fixtures so
// that the suite does not depend on anything outside the project), of the fixtures, and of the sources.
QString sampleFixturePath();
QString fixturePath(const QString& relative);
QString sourcePath(const QString& relative);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

// The shared example report, parsed (fails the test if it does not parse).
Report sampleReport();
// The shipped colombia-cpc template (JSON), changed so that a report may leave sections out: the
// sustainability section is optional, and an optional "lessons-learned" section follows it.
QByteArray templateWithOptionalSections();
// The ids of a section's activities, and of the report's indicators, in the report's order.
QStringList activityIds(const Report& r, const QString& section);
QStringList indicatorIds(const Report& r);
QStringList sectionIds(const Report& r);
// The first indicator with a responsible entity: {entity id, indicator id} (empty when there is none).
QPair<QString, QString> entityOfAnIndicator(const Report& r);
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
