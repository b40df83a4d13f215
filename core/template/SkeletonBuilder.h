#pragma once

#include "model/Report.h"
#include "template/Template.h"

namespace cpc {

// A new, empty report that follows a template: every section the template asks for (plus one for each
// of its objectives that has none), its entities, glossary and indicators (targets kept, results
// empty), and the cover facts for the reporting year.
class SkeletonBuilder {
public:
    // `reportingYear` is 1 for the first year after signing. The template's firstPeriodStart must be a
    // valid date (TemplateReader guarantees it); the period is left empty otherwise.
    static Report build(const Template& tmpl, int reportingYear);

    // Year N runs from firstPeriodStart + (N-1) years to firstPeriodStart + N years - 1 day. Empty
    // strings when `firstPeriodStart` is not a date.
    static QPair<QString, QString> period(const QString& firstPeriodStart, int reportingYear);
    // The title pattern with "{year}" replaced by the year, on both sides.
    static BiText title(const BiText& pattern, int reportingYear);
    // "Objective 2: Protection" / "Objetivo 2: Protección": report content, so in both languages
    // whatever the interface language is.
    static BiText objectiveTitle(const TemplateObjective& objective);
    // The empty section a template section asks for: its id, kind, title and default assignment.
    static Section section(const TemplateSection& ts);
};

} // namespace cpc
