#include "model/Vocabulary.h"

namespace cpc {

const QStringList& Vocabulary::entityKinds()
{
    static const QStringList v{"government", "implementing_partner", "other"};
    return v;
}
const QStringList& Vocabulary::sectionKinds()
{
    static const QStringList v{
        "narrative", "objective", "recommendations", "sustainability", "areas_for_improvement", "indicators"};
    return v;
}
const QStringList& Vocabulary::workflowStatuses()
{
    static const QStringList v{"not_started", "drafting", "submitted", "returned", "approved"};
    return v;
}
const QStringList& Vocabulary::activityStatuses()
{
    static const QStringList v{"planned", "in_progress", "completed", "delayed", "cancelled"};
    return v;
}
const QStringList& Vocabulary::traffickingTypes()
{
    static const QStringList v{"tourism", "online", "begging", "recruitment"};
    return v;
}
const QStringList& Vocabulary::units()
{
    static const QStringList v{"count", "percent", "currency_usd", "currency_cop", "index"};
    return v;
}
const QStringList& Vocabulary::directions()
{
    static const QStringList v{"increase", "decrease"};
    return v;
}
const QStringList& Vocabulary::commentTargets()
{
    static const QStringList v{"section", "activity", "indicator"};
    return v;
}

const QStringList& Vocabulary::changeOrigins()
{
    static const QStringList v{"edit", "apply", "import", "merge", "restore", "undo", "redo", "new"};
    return v;
}

const QStringList& Vocabulary::languages()
{
    static const QStringList v{"en", "es"};
    return v;
}

} // namespace cpc
