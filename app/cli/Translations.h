#pragma once

#include <QCoreApplication>

namespace cpc::cli {

// Loads the interface translation for the system language (or CPCREPORT_LANGUAGE / the Preferences
// choice) into `app`: our own messages and Qt's.
class Translations {
public:
    static void install(QCoreApplication* app, const QString& languageOverride = QString());
    // The language in force after install(): "en" or "es".
    static QString current();
};

} // namespace cpc::cli
