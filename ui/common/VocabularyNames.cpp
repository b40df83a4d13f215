#include "common/VocabularyNames.h"

namespace cpc {

QString VocabularyNames::activityStatus(const QString& id)
{
    if (id == QLatin1String("planned")) return tr("Planned");
    if (id == QLatin1String("in_progress")) return tr("In progress");
    if (id == QLatin1String("completed")) return tr("Completed");
    if (id == QLatin1String("delayed")) return tr("Delayed");
    if (id == QLatin1String("cancelled")) return tr("Cancelled");
    return id;
}

QString VocabularyNames::traffickingType(const QString& id)
{
    if (id == QLatin1String("tourism")) return tr("Sex trafficking in the context of tourism");
    if (id == QLatin1String("online")) return tr("Livestreamed online sexual exploitation");
    if (id == QLatin1String("begging")) return tr("Forced begging");
    if (id == QLatin1String("recruitment")) return tr("Forced recruitment into illegal armed groups");
    return id;
}

} // namespace cpc
