#pragma once

#include "model/Report.h"
#include "template/Template.h"

namespace cpc {

// Next year's report from this year's. Kept: the structure (sections, activities and their status),
// entities, indicators with baselines, targets, past results, breakdowns and explanations, the glossary.
// Emptied: every narrative (section and activity bodies), each keeping last year's text beside it as
// "previous" so writers can start from it. Reset: review workflow to not_started. Dropped: comments.
// The reporting year goes up by one and the period moves a year.
class CarryForward {
public:
    // With the report's template, the new title comes from its title pattern; without one, the year
    // number in last year's title ("Year 2", "Año 2") is moved on.
    static Report next(const Report& previousYear, const Template* tmpl = nullptr);

    // `text` emptied, with its words kept as last year's.
    static BiText carried(const BiText& text);
    // "... Year 2 ..." -> "... Year 3 ...", likewise "Año 2"; other titles unchanged.
    static BiText advanceTitle(const BiText& title, int fromYear);
};

} // namespace cpc
