#pragma once

#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

namespace cpc {

// Where a piece of the report stands in review; in the order of Vocabulary::workflowStatuses(), which holds
// their ids.
enum class ReviewStatus { NotStarted, Drafting, Submitted, Returned, Approved };

inline QString reviewStatusId(ReviewStatus s)
{
    return Vocabulary::word(Vocabulary::workflowStatuses(), s);
}

inline std::optional<ReviewStatus> reviewStatusFromId(const QString& id)
{
    return Vocabulary::value<ReviewStatus>(Vocabulary::workflowStatuses(), id);
}

// A piece's review: not_started → drafting → submitted → returned → approved.
struct Workflow {
    Q_DECLARE_TR_FUNCTIONS(cpc::Workflow)
public:
    // A status as people say it, in the interface's language ("Drafting", "En redacción"); the id is
    // for files and scripts.
    static QString statusName(ReviewStatus s);

    ReviewStatus status = ReviewStatus::NotStarted;
    QString reason; // why it was returned; empty otherwise

    bool isApproved() const { return status == ReviewStatus::Approved; }
    bool operator==(const Workflow&) const = default;
};

} // namespace cpc
