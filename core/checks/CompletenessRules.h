#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"
#include "model/BiText.h"

#include <QString>

namespace cpc {

struct Report;
struct Section;

// Section V.B of the partnership's reporting template: the parts a report must have, filled in.
//   completeness.section-missing        a section the template requires is not in the report (error)
//   completeness.section-text           a required section has no text in either language (error)
//   completeness.objective-narrative    an objective has no narrative (error)
//   completeness.activity-status        an activity has no status (error)
//   completeness.activity-narrative     an activity has no narrative (error)
//   completeness.recommendations | completeness.sustainability | completeness.areas-for-improvement
//                                       that part of the report is empty (error)
//   completeness.length                 a text is outside the template's suggested length (warning)
// A text written on one side only is left to translation.missing, so it is not reported twice.
class CompletenessRules {
public:
    static void run(const Report& report, const CheckContext& context, Findings& out);

    // One required part of the report, as the template (or the default Section V.B) lists it.
    struct Requirement {
        QString id;   // the template's section id (matched first)
        QString kind; // then the kind (and objective number)
        int objective = 0;
        int minWords = 0;
        int maxWords = 0;
        BiText title; // from the template, for messages
    };
    static QList<Requirement> requirements(const CheckContext& context);
    static const Section* find(const Report& report, const Requirement& req);
    static int wordCount(const QString& text);
};

} // namespace cpc
