#pragma once

#include "template/Template.h"

namespace cpc {

class ReportDocument;

// The template an open report keeps (ReportDocument::templateJson), parsed once per document and kept
// while it is open, so that pages that need it (an activity's forms of trafficking, an indicator's
// variance threshold) do not parse the raw JSON again on every page change.
class DocumentTemplate {
public:
    // nullptr when the file keeps no template or not a valid one.
    static const Template* of(const ReportDocument& doc);
};

} // namespace cpc
