#pragma once

#include <QCoreApplication>

namespace cpc::cli {

// Loads the interface translation into `app`, our own messages and Qt's, for CPCREPORT_LANGUAGE (scripts
// and tests), else the Preferences choice (InterfaceLanguage), else the system's language.
class Translations {
public:
    static void install(QCoreApplication* app);
    // The window in English says "1 error", "2 errors" (translations/cpcreport_en.ts holds only the plural
    // forms). The command line keeps its "error(s)" wording: scripts match its messages.
    static void installEnglishPlurals(QCoreApplication* app);
    // The language in force after install(): "en" or "es".
    static QString current();
};

} // namespace cpc::cli
