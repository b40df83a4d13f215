#pragma once

#include "model/Language.h"

namespace cpc {

// The interface language in force (set at start from Preferences or the system), for choosing which
// side of a bilingual name to show in lists and headings.
class UiLanguage {
public:
    static Language current();
    // The side of `en`/`es` in the interface language, or the other when that one is empty.
    static QString pick(const QString& en, const QString& es);
};

} // namespace cpc
