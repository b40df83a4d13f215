#pragma once

#include <QSet>
#include <QString>

namespace cpc {

// Which objects a set of changes touched, so that only those are written back to the file.
struct TouchedObjects {
    bool info = false;
    bool glossary = false;
    bool comments = false;
    bool breakdownLabels = false;
    QSet<QString> entities, sections, activities, indicators;
};

} // namespace cpc
