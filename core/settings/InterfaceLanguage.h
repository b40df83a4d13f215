#pragma once

#include "settings/Setting.h"

namespace cpc {

// The language the program speaks to its user, chosen in Preferences. The window and the command line
// both follow it (unless CPCREPORT_LANGUAGE says otherwise), so it lives in core beside the identity.
struct InterfaceLanguage {
    static const Setting<QString>& setting(); // interface/language: system | en | es

    // The language to speak for a choice: "en" or "es". "system" (or nothing) follows the system's
    // language: Spanish for any Spanish locale, English for every other.
    static QString resolve(const QString& choice);
};

} // namespace cpc
