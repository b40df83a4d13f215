#pragma once

#include "checks/Finding.h"
#include "util/Result.h"

#include <QSet>

namespace cpc {

class ReportDocument;

// Privacy warnings the user has looked at and dismissed, remembered in the report file (settings keys
// checks/dismissed/<rule>/<path>/<hash of the matched text>). A dismissal is tied to the text it was
// about: if the text at that place changes to something else that matches, the warning comes back.
class Dismissals {
public:
    static QString key(const Finding& f);
    static QSet<QString> load(const ReportDocument& doc);
    static Status dismiss(ReportDocument& doc, const Finding& f);
    static Status restore(ReportDocument& doc, const Finding& f);
    static QString prefix(); // "checks/dismissed/"
};

} // namespace cpc
