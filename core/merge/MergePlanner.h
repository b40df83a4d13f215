#pragma once

#include "merge/MergePlan.h"
#include "storage/ReportDocument.h"

#include <QCoreApplication>
#include <QSet>

namespace cpc {

// Compares a returned contribution with what was sent and with the report as it is now.
//
// A contribution file is untrusted input from outside: it is opened read-only, its structure must be
// exactly ours, and its content is validated whole (as an interchange document) before anything of it is
// compared; it must answer a request recorded in this report.
class MergePlanner {
    Q_DECLARE_TR_FUNCTIONS(cpc::MergePlanner)
public:
    static Result<MergePlan> plan(const ReportDocument& target, const QString& contributionPath);

    // Applies the plan as one recorded edit by the entity: every Change not in `rejected`, every Conflict
    // in `takeReturned`, and the new comments. Refused items are never applied. Items are indexes into
    // plan.items.
    static Status apply(ReportDocument& target, const MergePlan& plan, const QSet<int>& rejected = {},
                        const QSet<int>& takeReturned = {});
};

} // namespace cpc
