#pragma once

#include <QSet>
#include <QStringList>
#include <memory>

namespace cpc {

struct Template;

// What the checks need besides the report itself.
struct CheckContext {
    // Thresholds, required sections, suggested lengths; null: the defaults of Section V.B.
    std::shared_ptr<const Template> templ;
    QSet<QString> dismissed;     // Dismissals::key() of the privacy warnings the user dismissed
    QStringList dictionaryWords; // the report's own dictionary (settings key spelling/words)
    bool spelling = true;        // spelling is the slowest family; the window may run it apart
    bool errorsOnly = false;     // CheckEngine::errors: rules that can only warn are skipped
};

} // namespace cpc
