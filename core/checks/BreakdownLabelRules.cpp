#include "checks/BreakdownLabelRules.h"

#include "model/Paths.h"
#include "model/Report.h"

#include <QSet>

namespace cpc {

namespace {

const char* languageNameEn(Language l)
{
    return l == Language::En ? "English" : "Spanish";
}
const char* languageNameEs(Language l)
{
    return l == Language::En ? "inglés" : "español";
}

Finding missing(const Report& r, const Indicator& ind, int year, const QString& dim, const QString& cat,
                Language l)
{
    const FieldPath path = cat.isEmpty() ? Paths::indicatorBreakdownDimension(ind.id, year, dim)
                                         : Paths::indicatorBreakdownCategory(ind.id, year, dim, cat);
    const QString shown = BreakdownLabels::readable(cat.isEmpty() ? dim : cat);
    const BiText dimLabel = r.breakdownLabels.dimension(dim);
    const QString dimEn = dimLabel.en().isEmpty() ? dim : dimLabel.en();
    const QString dimEs = dimLabel.es().isEmpty() ? dim : dimLabel.es();
    // One language's message: of the breakdown when it is the one without a label, else of its category.
    const auto say = [&](const char* language, const QString& dimName, const QString& ofBreakdown,
                         const QString& ofCategory) {
        return cat.isEmpty() ? ofBreakdown.arg(dim, ind.id, QString::fromUtf8(language), shown)
                             : ofCategory.arg(cat, dimName, ind.id, QString::fromUtf8(language), shown);
    };
    const QString en =
        say(languageNameEn(l), dimEn,
            QStringLiteral("The breakdown “%1” of indicator %2 has no %3 label; the %3 report would "
                           "print “%4”. Name it on the indicator's page."),
            QStringLiteral("The category “%1” of the breakdown “%2” (indicator %3) has no %4 label; the "
                           "%4 report would print “%5”. Name it on the indicator's page."));
    const QString es = say(
        languageNameEs(l), dimEs,
        QStringLiteral("La desagregación «%1» del indicador %2 no tiene nombre en %3; el informe en "
                       "%3 mostraría «%4». Póngale nombre en la página del indicador."),
        QStringLiteral("La categoría «%1» de la desagregación «%2» (indicador %3) no tiene nombre en "
                       "%4; el informe en %4 mostraría «%5». Póngale nombre en la página del indicador."));
    Finding f = Finding::at(r, QStringLiteral("indicators.breakdown-label"), Severity::Warning, path, en, es);
    f.language = l;
    f.year = year;
    return f;
}

} // namespace

void BreakdownLabelRules::run(const Report& r, const CheckContext& context, Findings& out)
{
    if (context.errorsOnly) return;
    QSet<QString> seen; // "dim" and "dim\ncat" with the language
    const auto once = [&](const QString& key, Language l) {
        const QString k = key + QLatin1Char('\t') + languageCode(l);
        if (seen.contains(k)) return false;
        seen.insert(k);
        return true;
    };
    for (const Indicator& ind : r.indicators)
        for (auto y = ind.disaggregation.cbegin(); y != ind.disaggregation.cend(); ++y)
            for (const Disaggregation& d : y.value()) {
                const BiText dimLabel = r.breakdownLabels.dimension(d.dimension);
                for (Language l : {Language::En, Language::Es})
                    if (dimLabel.text(l).isEmpty() && once(d.dimension, l))
                        out << missing(r, ind, y.key(), d.dimension, QString(), l);
                for (const DisaggregationCategory& c : d.categories) {
                    const BiText label = r.breakdownLabels.category(d.dimension, c.name);
                    for (Language l : {Language::En, Language::Es})
                        if (label.text(l).isEmpty() && once(d.dimension + QLatin1Char('\n') + c.name, l))
                            out << missing(r, ind, y.key(), d.dimension, c.name, l);
                }
            }
}

} // namespace cpc
