#pragma once

#include "settings/Setting.h"

#include <QStringList>

namespace cpc {

// What the Preferences dialog sets, for the features that follow it (the export's paper, the spelling's
// languages). The language and the identity are core's (InterfaceLanguage, Identity): the command line
// follows them too. What only one part remembers is declared there (the window's layout, recent files).
struct Preferences {
    static const Setting<QString>& interfaceLanguage();     // system | en | es
    static const Setting<QString>& userName();              // recorded in history and contributions
    static const Setting<QString>& userEntity();            // entity id (e.g. MOI)
    static const Setting<QString>& paperSize();             // letter | a4
    static const Setting<QStringList>& spellingLanguages(); // en, es
};

} // namespace cpc
