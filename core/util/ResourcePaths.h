#pragma once

#include <QString>

namespace cpc {

// Finds the program's read-only data (fonts, templates, samples, dictionaries of our own): the
// CPCREPORT_DATA_DIR environment variable, then the installed share/cpcreport beside the executable,
// then the source tree the program was built from.
class ResourcePaths {
public:
    static QString dataDir();
    static QString file(const QString& relative); // dataDir()/relative, or empty when it does not exist
    static QString version();
};

} // namespace cpc
