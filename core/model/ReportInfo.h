#pragma once

#include "model/BiText.h"

namespace cpc {

// Small-number protection of counts of child victims in the PDF and exports (the file keeps real values).
struct SmallNumberPolicy {
    bool enabled = true;
    int threshold = 5;
    bool operator==(const SmallNumberPolicy&) const = default;
};

// The report's cover facts.
struct ReportInfo {
    QString templateId;
    BiText partnership;
    BiText title;
    int reportingYear = 1;
    QString periodStart; // YYYY-MM-DD
    QString periodEnd;   // YYYY-MM-DD
    Language sourceLanguage = Language::Es;
    QString preparedBy; // entity id
    SmallNumberPolicy smallNumbers;

    bool operator==(const ReportInfo&) const = default;
};

} // namespace cpc
