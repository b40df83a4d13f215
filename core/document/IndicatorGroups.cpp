#include "document/IndicatorGroups.h"

#include "pdf/PdfLocale.h"

namespace cpc {

QList<IndicatorGroup> IndicatorGroup::of(const Report& report)
{
    QList<int> objectives = {1, 2, 3, 4};
    for (const Indicator& i : report.indicators)
        if (!objectives.contains(i.objective)) objectives.append(i.objective);
    QList<IndicatorGroup> groups;
    for (int objective : objectives) {
        IndicatorGroup g;
        g.objective = objective;
        for (const Indicator& i : report.indicators)
            if (i.objective == objective) g.indicators.append(&i);
        if (g.indicators.isEmpty() && objective > 4) continue;
        for (const Section& s : report.sections)
            if (s.isObjective() && s.objective == objective) g.title = s.title;
        const bool known = objective >= 1 && objective <= 4;
        if (g.title.isEmpty() || !known) {
            const char* key = known ? "objective_n" : "other_indicators";
            QString en = PdfLocale(Language::En).text(key), es = PdfLocale(Language::Es).text(key);
            if (known) {
                en = en.arg(objective);
                es = es.arg(objective);
            }
            g.title = BiText(en, es);
        }
        groups.append(g);
    }
    return groups;
}

} // namespace cpc
