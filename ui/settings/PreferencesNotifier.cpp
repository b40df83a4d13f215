#include "settings/PreferencesNotifier.h"

namespace cpc {

PreferencesNotifier& PreferencesNotifier::instance()
{
    static PreferencesNotifier notifier;
    return notifier;
}

} // namespace cpc
