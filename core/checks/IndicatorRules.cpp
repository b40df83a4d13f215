#include "checks/IndicatorRules.h"

#include "model/IndicatorProgress.h"
#include "model/Paths.h"
#include "model/Report.h"
#include "template/Template.h"

#include <QLocale>
#include <cmath>

namespace cpc {

namespace {

QString figure(double v, Language l)
{
    // Messages show figures the way each language writes them (1,234.5 / 1.234,5).
    static const QLocale en(QLocale::English, QLocale::UnitedStates);
    static const QLocale es(QLocale::Spanish, QLocale::Colombia);
    return (l == Language::En ? en : es).toString(v, 'g', 12);
}

FieldPath indicatorPath(const Indicator& i, FieldKind what, int year)
{
    return Paths::of(what, {i.id, QString::number(year)});
}

void checkPercentages(const Report& r, const Indicator& i, Findings& out)
{
    if (i.unit != Unit::Percent) return;
    auto check = [&](const QMap<int, std::optional<double>>& values, FieldKind what, const char* en,
                     const char* es) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!it.value() || (*it.value() >= 0 && *it.value() <= 100)) continue;
            Finding f =
                Finding::at(r, QStringLiteral("indicators.percent-range"), Severity::Error,
                            indicatorPath(i, what, it.key()),
                            QStringLiteral("Indicator %1: the %2 for year %3 is %4%, outside 0–100%.")
                                .arg(i.id, QString::fromUtf8(en))
                                .arg(it.key())
                                .arg(figure(*it.value(), Language::En)),
                            QStringLiteral("Indicador %1: la %2 del año %3 es %4 %, fuera de 0–100 %.")
                                .arg(i.id, QString::fromUtf8(es))
                                .arg(it.key())
                                .arg(figure(*it.value(), Language::Es)));
            f.year = it.key();
            out << f;
        }
    };
    check(i.targets, FieldKind::IndicatorTarget, "target", "meta");
    check(i.actuals, FieldKind::IndicatorActual, "actual", "cifra alcanzada");
    if (i.baselineValue && (*i.baselineValue < 0 || *i.baselineValue > 100))
        out << Finding::at(r, QStringLiteral("indicators.percent-range"), Severity::Error,
                           Paths::of(FieldKind::IndicatorBaselineValue, {i.id}),
                           QStringLiteral("Indicator %1: the baseline is %2%, outside 0–100%.")
                               .arg(i.id, figure(*i.baselineValue, Language::En)),
                           QStringLiteral("Indicador %1: la línea base es %2 %, fuera de 0–100 %.")
                               .arg(i.id, figure(*i.baselineValue, Language::Es)));
}

void checkDisaggregation(const Report& r, const Indicator& i, Findings& out)
{
    for (auto it = i.disaggregation.cbegin(); it != i.disaggregation.cend(); ++it) {
        const int year = it.key();
        const auto actual = i.actuals.value(year);
        if (!actual) continue; // nothing to add up to yet; actual-missing says so for the reporting year
        for (const Disaggregation& d : it.value()) {
            if (d.categories.isEmpty()) continue;
            double sum = 0;
            for (const DisaggregationCategory& c : d.categories)
                sum += c.value;
            if (std::fabs(sum - *actual) <= 1e-6 * std::max(1.0, std::fabs(*actual))) continue;
            Finding f = Finding::at(
                r, QStringLiteral("indicators.disaggregation-sum"), Severity::Error,
                Paths::of(FieldKind::IndicatorBreakdownDimension, {i.id, QString::number(year), d.dimension}),
                QStringLiteral(
                    "Indicator %1, year %2: the “%3” breakdown adds up to %4, but the actual is %5.")
                    .arg(i.id)
                    .arg(year)
                    .arg(d.dimension, figure(sum, Language::En), figure(*actual, Language::En)),
                QStringLiteral(
                    "Indicador %1, año %2: la desagregación «%3» suma %4, pero la cifra alcanzada es %5.")
                    .arg(i.id)
                    .arg(year)
                    .arg(d.dimension, figure(sum, Language::Es), figure(*actual, Language::Es)));
            f.year = year;
            out << f;
        }
    }
}

} // namespace

void IndicatorRules::checkIndicator(const Report& r, const Indicator& i, int year, double threshold,
                                    Findings& out)
{
    const IndicatorProgress p = IndicatorProgress::compute(i, year, threshold);
    if (!i.actuals.value(year)) {
        Finding f = Finding::at(
            r, QStringLiteral("indicators.actual-missing"), Severity::Error,
            indicatorPath(i, FieldKind::IndicatorActual, year),
            QStringLiteral("Indicator %1 has no actual for year %2, the reporting year.").arg(i.id).arg(year),
            QStringLiteral("El indicador %1 no tiene cifra alcanzada para el año %2, el año del informe.")
                .arg(i.id)
                .arg(year));
        f.year = year;
        out << f;
    }
    if (!p.target) {
        Finding f =
            Finding::at(r, QStringLiteral("indicators.target-missing"), Severity::Warning,
                        indicatorPath(i, FieldKind::IndicatorTarget, year),
                        QStringLiteral("Indicator %1 has no target for year %2.").arg(i.id).arg(year),
                        QStringLiteral("El indicador %1 no tiene meta para el año %2.").arg(i.id).arg(year));
        f.year = year;
        out << f;
    }
    if (p.needsExplanation) {
        const BiText e = i.varianceExplanation.value(year);
        const bool enMissing = e.en().trimmed().isEmpty(), esMissing = e.es().trimmed().isEmpty();
        if (enMissing || esMissing) {
            FieldPath path =
                Paths::text(FieldKind::IndicatorVarianceExplanation, {i.id, QString::number(year)});
            // One side written: point at the side that is missing.
            if (enMissing != esMissing)
                path = path.child(enMissing ? QStringLiteral("en") : QStringLiteral("es"));
            const QString pct = QString::number(qRound(p.deviationPercent));
            Finding f = Finding::at(
                r, QStringLiteral("indicators.variance-explanation"), Severity::Error, path,
                QStringLiteral(
                    "Indicator %1, year %2: the result (%3) is %4% short of the target (%5); explain "
                    "the difference in both languages.")
                    .arg(i.id)
                    .arg(year)
                    .arg(figure(*p.actual, Language::En), pct, figure(*p.target, Language::En)),
                QStringLiteral(
                    "Indicador %1, año %2: el resultado (%3) está un %4 % por debajo de la meta (%5); "
                    "explique la diferencia en ambos idiomas.")
                    .arg(i.id)
                    .arg(year)
                    .arg(figure(*p.actual, Language::Es), pct, figure(*p.target, Language::Es)));
            f.year = year;
            out << f;
        }
    }
    if (!i.targets.value(year + 1)) {
        Finding f =
            Finding::at(r, QStringLiteral("indicators.next-target-missing"), Severity::Warning,
                        indicatorPath(i, FieldKind::IndicatorTarget, year + 1),
                        QStringLiteral("Indicator %1 has no target for year %2; the partners agree next "
                                       "year's targets at the Dialogue.")
                            .arg(i.id)
                            .arg(year + 1),
                        QStringLiteral("El indicador %1 no tiene meta para el año %2; las partes acuerdan "
                                       "las metas del año siguiente en el Diálogo.")
                            .arg(i.id)
                            .arg(year + 1));
        f.year = year + 1;
        out << f;
    }
    checkPercentages(r, i, out);
    checkDisaggregation(r, i, out);
}

void IndicatorRules::run(const Report& report, const CheckContext& context, Findings& out)
{
    const double threshold = context.templ ? context.templ->varianceThreshold : 10.0;
    for (const Indicator& i : report.indicators)
        checkIndicator(report, i, report.info.reportingYear, threshold, out);
}

} // namespace cpc
