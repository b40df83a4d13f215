#pragma once

#include "model/FieldPath.h"
#include "model/Report.h"

#include <functional>

namespace cpc {

// Visits every bilingual text of a report with its path (without the language segment), in document
// order. Checks, spelling, search and bookkeeping all walk texts through here.
class ReportTexts {
public:
    using Visitor = std::function<void(const FieldPath& path, const BiText& text)>;
    static void forEach(const Report& report, const Visitor& visit);
};

} // namespace cpc
