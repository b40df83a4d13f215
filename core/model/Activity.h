#pragma once

#include "model/BiText.h"
#include "model/Workflow.h"

#include <QStringList>

namespace cpc {

// One activity under an objective: who carries it out, how far it has come, and the narrative.
struct Activity {
    QString id;
    BiText title;
    QStringList responsible;      // entity ids; also who is asked to write it
    QString status;               // planned | in_progress | completed | delayed | cancelled (empty: not set)
    QStringList traffickingTypes; // tourism | online | begging | recruitment
    BiText body;
    Workflow review;

    bool operator==(const Activity&) const = default;
};

} // namespace cpc
