#pragma once

#include <QCoreApplication>

namespace cpc {

// The interface's names of the words of the report's closed lists (model/Vocabulary) that the window
// shows in more than one place: an activity's progress and the forms of trafficking.
class VocabularyNames {
    Q_DECLARE_TR_FUNCTIONS(cpc::VocabularyNames)
public:
    static QString activityStatus(const QString& id);
    static QString traffickingType(const QString& id);
};

} // namespace cpc
