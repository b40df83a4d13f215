#include "model/Workflow.h"

namespace cpc {

QString Workflow::statusName(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::NotStarted:
        return tr("Not started");
    case ReviewStatus::Drafting:
        return tr("Drafting");
    case ReviewStatus::Submitted:
        return tr("Submitted");
    case ReviewStatus::Returned:
        return tr("Returned");
    case ReviewStatus::Approved:
        return tr("Approved");
    }
    return reviewStatusId(s);
}

} // namespace cpc
