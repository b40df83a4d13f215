#pragma once

#include "edit/FieldChange.h"

#include <QString>

namespace cpc::test {

// Writes a contribution request for `entity` from the report at `report` into `out` (fails the test
// when the request is refused).
void makeRequest(const QString& report, const QString& entity, const QString& out,
                 const QString& note = QString(), const QString& due = QString());
// Applies `changes` to the file at `path` as `author`, the way `cpcreport apply` does; with `restricted`
// the file's contribution guard is in force. Returns the error text, empty on success.
QString applyTo(const QString& path, const QList<FieldChange>& changes, const QString& author,
                bool restricted);

} // namespace cpc::test
