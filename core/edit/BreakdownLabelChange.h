#pragma once

#include "edit/FieldChange.h"
#include "edit/TouchedObjects.h"
#include "model/FieldSchema.h"
#include "model/Report.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace cpc {

// Applies one change to the report's breakdown labels (model/BreakdownLabels). Paths:
//
//   breakdown_labels/DIM                       a whole entry (its cpcreport-json form) or null to remove it
//   breakdown_labels/DIM/label/LANG            one side of the dimension's label (null clears it)
//   breakdown_labels/DIM/categories/CAT        a category's label {"en", "es"} or null to remove it
//   breakdown_labels/DIM/categories/CAT/LANG   one side of a category's label (null clears it)
//
// A label is printed with every indicator that uses its code, so an approved indicator that uses it
// locks it. A label left empty by clearing is removed, so that undoing the edit that added it leaves the
// report as it was.
class BreakdownLabelChange {
    Q_DECLARE_TR_FUNCTIONS(cpc::BreakdownLabelChange)
public:
    // `match` is the change's path matched in the schema (one of the four kinds above).
    static Status apply(Report& report, const FieldChange& change, const FieldMatch& match,
                        TouchedObjects& touched);

    // The current value at a breakdown_labels path, in the form apply() takes (Undefined when absent).
    static QJsonValue value(const Report& report, const FieldPath& path);
};

} // namespace cpc
