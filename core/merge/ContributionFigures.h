#pragma once

#include "merge/MergePlan.h"
#include "model/Report.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace cpc {

class ReportDocument;

// The figures of a returned contribution, checked before anything of it is merged. A contribution file is
// an SQLite file that anyone can edit with a database tool: a figure stored as text, a blob or an infinity
// would otherwise be read as 0 or as "not reported" and overwrite the coordinator's value. Then every
// figure the entity changed must be one its indicator can hold (IndicatorValueCheck: a count whole and not
// negative, a percentage 0 to 100, a year within the partnership). Any failure refuses the whole merge,
// naming the file and the value.
class ContributionFigures {
    Q_DECLARE_TR_FUNCTIONS(ContributionFigures)
public:
    // The stored cells of the file's figure columns: numbers, finite, years whole.
    static Status checkStored(ReportDocument& contribution);
    // The changed figures of `plan` against the indicators of the report as it was sent.
    static Status checkChanged(const MergePlan& plan, const Report& sent, const QString& contributionPath);
};

} // namespace cpc
