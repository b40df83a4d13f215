#pragma once

#include "settings/Setting.h"

#include <QByteArray>
#include <QStringList>

namespace cpc {

// The user's preferences and the window's remembered state. The keys are shared with the command line
// (interface/language is read by cli::Translations before any window exists).
struct Preferences {
    static const Setting<QString>& interfaceLanguage();     // system | en | es
    static const Setting<QString>& userName();              // recorded in history and contributions
    static const Setting<QString>& userEntity();            // entity id (e.g. MOI)
    static const Setting<QString>& paperSize();             // letter | a4
    static const Setting<QStringList>& spellingLanguages(); // en, es
    static const Setting<QStringList>& recentFiles();
    static const Setting<QByteArray>& windowGeometry();
    static const Setting<QByteArray>& windowState();
    static const Setting<QByteArray>& splitterState();
    static const Setting<bool>& firstRunDone();

    // "Ana Pérez (MOI)", or whichever part is set; what history records as the author.
    static QString author();
    // Puts `path` first in the recent files, keeping at most `kMaxRecent` existing files.
    static void addRecentFile(const QString& path);
    static constexpr int kMaxRecent = 8;
};

} // namespace cpc
