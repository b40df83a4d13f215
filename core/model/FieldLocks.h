#pragma once

#include "model/FieldPath.h"
#include "model/Report.h"

#include <optional>

namespace cpc {

// The schema's lock rules (model/FieldSchema) applied to a report as it is: approved content stays as it
// was approved. Shared by the edit API, which refuses a locked change, and the merge planner, which holds
// a returned change to locked content for the coordinator.
class FieldLocks {
public:
    // The id of the approved section, activity or indicator that locks the field at `path`, or nothing.
    static std::optional<QString> lockedBy(const Report& report, const FieldPath& path);
    static bool isLocked(const Report& report, const FieldPath& path)
    {
        return lockedBy(report, path).has_value();
    }
};

} // namespace cpc
