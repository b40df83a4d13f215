#pragma once

#include <QCoreApplication>

namespace cpc::cli {

// Loads the interface translation for the system language (or CPCREPORT_LANGUAGE / the Preferences
// choice) into `app`: our own messages and Qt's.
class Translations {
public:
    static void install(QCoreApplication* app, const QString& languageOverride = QString());
    // The window in English says "1 error", "2 errors" (translations/cpcreport_en.ts holds only the plural
    // forms). The command line keeps its "error(s)" wording: scripts match its messages.
    static void installEnglishPlurals(QCoreApplication* app);
    // The language in force after install(): "en" or "es".
    static QString current();
};

} // namespace cpc::cli
