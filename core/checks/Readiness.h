#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"

namespace cpc {

struct Report;

// How close a report is to printing, for the window's readiness panel and the command line's summary.
struct Readiness {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    // Share of the required parts that are filled in and current in both languages (required section
    // texts, activity statuses and narratives, this year's indicator actuals), 0–100. It reaches 100 only
    // when no error remains, so "100%" always means "ready".
    int progress = 0;

    bool isReady() const { return errors == 0; }
    static Readiness compute(const Report& report, const Findings& findings, const CheckContext& context);
};

} // namespace cpc
