#include "template/Template.h"

namespace cpc {

const TemplateSection* Template::section(const QString& sectionId) const
{
    for (const TemplateSection& s : sections)
        if (s.id == sectionId) return &s;
    return nullptr;
}

const TemplateSection* Template::sectionOfKind(const QString& kind, int objective) const
{
    // Objective sections are told apart by their number; every other kind appears at most once in a
    // sensible template, so the first one is the one meant.
    for (const TemplateSection& s : sections)
        if (s.kind == kind && (objective == 0 || s.objective == objective)) return &s;
    return nullptr;
}

const TemplateObjective* Template::objective(int number) const
{
    for (const TemplateObjective& o : objectives)
        if (o.number == number) return &o;
    return nullptr;
}

} // namespace cpc
