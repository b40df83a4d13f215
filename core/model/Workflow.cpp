#include "model/Workflow.h"

namespace cpc {

QString Workflow::statusName(const QString& id)
{
    if (id == QLatin1String("not_started")) return tr("Not started");
    if (id == QLatin1String("drafting")) return tr("Drafting");
    if (id == QLatin1String("submitted")) return tr("Submitted");
    if (id == QLatin1String("returned")) return tr("Returned");
    if (id == QLatin1String("approved")) return tr("Approved");
    return id;
}

} // namespace cpc
