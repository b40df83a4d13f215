#pragma once

#include <QStringList>

namespace cpc {

// The closed lists of values that cpcreport-json/1 allows.
class Vocabulary {
public:
    static const QStringList& entityKinds();
    static const QStringList& sectionKinds();
    static const QStringList& workflowStatuses();
    static const QStringList& activityStatuses();
    static const QStringList& traffickingTypes();
    static const QStringList& units();
    static const QStringList& directions();
    static const QStringList& commentTargets();
    static const QStringList& languages(); // "en", "es": a report's two languages, as codes
};

} // namespace cpc
