#pragma once

#include "model/FieldPath.h"
#include "model/Report.h"

#include <QJsonValue>

namespace cpc {

// The current value at a path, in its cpcreport-json/1 form: what history records as old and new
// values, what undo restores and what merge compares. Undefined when nothing is there.
class FieldValues {
public:
    static QJsonValue get(const Report& report, const FieldPath& path);
};

} // namespace cpc
