#pragma once

#include "model/Report.h"

#include <QJsonValue>
#include <QMap>

namespace cpc {

// Every leaf value of a report by its field path (core/edit/FieldPath.h), in the JSON form history uses:
// text sides, flags, figures, lists of ids. Two reports are compared field by field through this, which
// is what merging a contribution and showing the differences between versions need. Comments are not
// leaves (they are compared as a list).
class ReportFlattener {
public:
    static QMap<QString, QJsonValue> flatten(const Report& report);
};

} // namespace cpc
