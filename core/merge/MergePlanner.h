#pragma once

#include "merge/MergePlan.h"
#include "storage/ReportDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
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
    // A field both sides changed, or one whose part the coordinator has approved since, is a Conflict; a
    // field outside the entity's parts (or of an object added or removed in the contribution) is Refused.
    static Result<MergePlan> plan(const ReportDocument& target, const QString& contributionPath);

    // Applies the plan as one recorded edit by the entity: every Change not in `rejected`, every Conflict
    // in `takeReturned`, the new comments and the resolved flags of resolvedComments. Refused items are
    // never applied. Items are indexes into plan.items. A Conflict in `combined` is resolved with the
    // version the coordinator put together from both sides (see TextMerge), recorded as that conflict's
    // resolution; it takes precedence over `takeReturned`.
    static Status apply(ReportDocument& target, const MergePlan& plan, const QSet<int>& rejected = {},
                        const QSet<int>& takeReturned = {}, const QHash<int, QJsonValue>& combined = {});
};

} // namespace cpc
