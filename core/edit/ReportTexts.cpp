#include "edit/ReportTexts.h"

#include "model/Paths.h"

namespace cpc {

void ReportTexts::forEach(const Report& r, const Visitor& visit)
{
    using K = FieldKind;
    visit(Paths::text(K::ReportPartnership), r.info.partnership);
    visit(Paths::text(K::ReportTitle), r.info.title);
    for (const Entity& e : r.entities) {
        visit(Paths::text(K::EntityAcronym, {e.id}), e.acronym);
        visit(Paths::text(K::EntityName, {e.id}), e.name);
    }
    for (const Section& s : r.sections) {
        visit(Paths::text(K::SectionTitle, {s.id}), s.title);
        visit(Paths::text(K::SectionBody, {s.id}), s.body);
        for (const Activity& a : s.activities) {
            visit(Paths::text(K::ActivityTitle, {a.id}), a.title);
            visit(Paths::text(K::ActivityBody, {a.id}), a.body);
        }
    }
    for (const Indicator& i : r.indicators) {
        visit(Paths::text(K::IndicatorName, {i.id}), i.name);
        visit(Paths::text(K::IndicatorDefinition, {i.id}), i.definition);
        visit(Paths::text(K::IndicatorSource, {i.id}), i.source);
        for (auto it = i.varianceExplanation.cbegin(); it != i.varianceExplanation.cend(); ++it)
            visit(Paths::text(K::IndicatorVarianceExplanation, {i.id, QString::number(it.key())}),
                  it.value());
    }
    for (const GlossaryEntry& g : r.glossary) {
        visit(Paths::text(K::GlossaryTerm, {g.term.en()}), g.term);
        visit(Paths::text(K::GlossaryDefinition, {g.term.en()}), g.definition);
    }
}

} // namespace cpc
