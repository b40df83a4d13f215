#pragma once

#include "edit/FieldChange.h"
#include "model/Report.h"
#include "util/Result.h"

namespace cpc {

// Applies one change to a field of the report's own details (paths report/...): its texts, template, year,
// period, source language, preparing entity and small-number policy. Messages keep ChangeApplier's
// translation context: they are the applier's, whichever part of it checks the field.
class ReportInfoChange {
public:
    // `report` is changed in its `info`; its entities are the ones "prepared_by" may name.
    static Status apply(Report& report, const FieldChange& change, qint64 rev);
};

} // namespace cpc
