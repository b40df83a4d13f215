#pragma once

#include <QSet>
#include <QStringList>

namespace cpc {

struct Template;

// What the checks need besides the report itself.
struct CheckContext {
    const Template* templ = nullptr; // thresholds, required sections, suggested lengths; null: defaults
    QSet<QString> dismissed;         // Dismissals::key() of the privacy warnings the user dismissed
    QStringList dictionaryWords;     // the report's own dictionary (settings key spelling/words)
    bool spelling = true;            // spelling is the slowest family; the window may run it apart
    bool errorsOnly = false;         // CheckEngine::errors: rules that can only warn are skipped
};

} // namespace cpc
