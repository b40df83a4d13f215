#include "edit/ReportTexts.h"

namespace cpc {

void ReportTexts::forEach(const Report& r, const Visitor& visit)
{
    const QString report = QStringLiteral("report");
    visit(FieldPath{report, QStringLiteral("partnership")}, r.info.partnership);
    visit(FieldPath{report, QStringLiteral("title")}, r.info.title);
    for (const Entity& e : r.entities) {
        visit(FieldPath{QStringLiteral("entities"), e.id, QStringLiteral("acronym")}, e.acronym);
        visit(FieldPath{QStringLiteral("entities"), e.id, QStringLiteral("name")}, e.name);
    }
    for (const Section& s : r.sections) {
        visit(FieldPath{QStringLiteral("sections"), s.id, QStringLiteral("title")}, s.title);
        visit(FieldPath{QStringLiteral("sections"), s.id, QStringLiteral("body")}, s.body);
        for (const Activity& a : s.activities) {
            visit(FieldPath{QStringLiteral("activities"), a.id, QStringLiteral("title")}, a.title);
            visit(FieldPath{QStringLiteral("activities"), a.id, QStringLiteral("body")}, a.body);
        }
    }
    for (const Indicator& i : r.indicators) {
        const QString ind = QStringLiteral("indicators");
        visit(FieldPath{ind, i.id, QStringLiteral("name")}, i.name);
        visit(FieldPath{ind, i.id, QStringLiteral("definition")}, i.definition);
        visit(FieldPath{ind, i.id, QStringLiteral("source")}, i.source);
        for (auto it = i.varianceExplanation.cbegin(); it != i.varianceExplanation.cend(); ++it)
            visit(FieldPath{ind, i.id, QStringLiteral("variance_explanation"), QString::number(it.key())}, it.value());
    }
    for (const GlossaryEntry& g : r.glossary) {
        visit(FieldPath{QStringLiteral("glossary"), g.term.en(), QStringLiteral("term")}, g.term);
        visit(FieldPath{QStringLiteral("glossary"), g.term.en(), QStringLiteral("definition")}, g.definition);
    }
}

} // namespace cpc
