#pragma once

#include <QObject>

namespace cpc {

// Tells open windows that the user accepted new preferences, so that what can apply at once (spelling
// languages) does, without a restart.
class PreferencesNotifier : public QObject {
    Q_OBJECT
public:
    static PreferencesNotifier& instance();

signals:
    void changed();
};

} // namespace cpc
