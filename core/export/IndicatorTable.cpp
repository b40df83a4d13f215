#include "export/IndicatorTable.h"

#include "model/IndicatorProgress.h"
#include "model/Report.h"

#include <QSet>
#include <cmath>

namespace cpc {

// The export's language is chosen per file (a Spanish table for the Ministry, an English one for the
// donor), whatever the interface language, so its words live here in both languages rather than in tr().
namespace {

QString pick(Language l, const char* en, const char* es)
{
    return QString::fromUtf8(l == Language::En ? en : es);
}

QString unitLabel(Unit unit, Language l)
{
    switch (unit) {
    case Unit::Count:
        return pick(l, "count", "número");
    case Unit::Percent:
        return pick(l, "percent", "porcentaje");
    case Unit::CurrencyUsd:
        return QStringLiteral("USD");
    case Unit::CurrencyCop:
        return QStringLiteral("COP");
    case Unit::Index:
        return pick(l, "index", "índice");
    }
    return unitId(unit);
}

TableCell text(const QString& s)
{
    return TableCell{s, std::nullopt, TableCell::Format::Text, false};
}

TableCell figure(const Indicator& ind, std::optional<double> v)
{
    if (!v) return text(QString());
    const bool whole = std::abs(*v - std::round(*v)) < 1e-9;
    const auto format =
        ind.unit == Unit::Count && whole ? TableCell::Format::Count : TableCell::Format::Decimal;
    return TableCell{QString(), v, format, false};
}

TableCell masked(CellMask m, const SuppressionPlan& plan)
{
    return TableCell{m == CellMask::Primary ? plan.primaryLabel() : SuppressionPlan::complementaryLabel(),
                     std::nullopt, TableCell::Format::Text, true};
}

QString explanation(const Indicator& ind, int year, Language l)
{
    const BiText t = ind.varianceExplanation.value(year);
    return t.text(l).isEmpty() ? t.text(otherLanguage(l)) : t.text(l);
}

} // namespace

QString IndicatorTable::statusLabel(const QString& id, Language l)
{
    if (id == QLatin1String("achieved")) return pick(l, "Achieved", "Lograda");
    if (id == QLatin1String("on_track")) return pick(l, "On track", "En curso");
    if (id == QLatin1String("off_track")) return pick(l, "Off track", "Rezagada");
    if (id == QLatin1String("not_reported")) return pick(l, "Not reported", "Sin reporte");
    if (id == QLatin1String("no_target")) return pick(l, "No target", "Sin meta");
    return id;
}

IndicatorTable IndicatorTable::build(const Report& report, Language l, const SuppressionPlan& plan)
{
    IndicatorTable t;
    t.tracking.title = pick(l, "Indicators", "Indicadores");
    t.tracking.headers = {pick(l, "indicator", "indicador"), pick(l, "year", "año"),
                          pick(l, "name", "nombre"),         pick(l, "unit", "unidad"),
                          pick(l, "baseline", "línea base"), pick(l, "target", "meta"),
                          pick(l, "actual", "logro"),        pick(l, "% of target", "% de la meta"),
                          pick(l, "status", "estado"),       pick(l, "explanation", "explicación")};
    t.breakdowns.title = pick(l, "Breakdowns", "Desagregaciones");
    t.breakdowns.headers = {pick(l, "indicator", "indicador"), pick(l, "year", "año"),
                            pick(l, "name", "nombre"),         pick(l, "dimension", "dimensión"),
                            pick(l, "category", "categoría"),  pick(l, "actual", "logro")};

    const auto cell = [&](const Indicator& ind, int year, const QString& dim, const QString& cat,
                          std::optional<double> v) {
        const CellMask m = v ? plan.mask(ind.id, year, dim, cat) : CellMask::Shown;
        if (m == CellMask::Shown) return figure(ind, v);
        ++t.maskedCells;
        return masked(m, plan);
    };

    for (const Indicator& ind : report.indicators) {
        QList<int> years = ind.targets.keys() + ind.actuals.keys() + ind.varianceExplanation.keys();
        years = QSet<int>(years.cbegin(), years.cend()).values();
        std::sort(years.begin(), years.end());
        const QString name = ind.name.text(l).isEmpty() ? ind.name.text(otherLanguage(l)) : ind.name.text(l);
        for (int year : years) {
            const IndicatorProgress progress = IndicatorProgress::compute(ind, year);
            TableCell percent = text(QString());
            TableCell status = text(statusLabel(IndicatorProgress::statusId(progress.status), l));
            if (plan.hidesDerived(ind.id, year)) {
                // % of target (and the status, which brackets it) would let a hidden actual be worked out.
                percent = masked(CellMask::Complementary, plan);
                status = masked(CellMask::Complementary, plan);
            } else if (progress.percentOfTarget) {
                percent = TableCell{QString(), *progress.percentOfTarget / 100.0, TableCell::Format::Percent,
                                    false};
            }
            t.tracking.rows.append(
                {text(ind.id), TableCell{QString(), double(year), TableCell::Format::Count, false},
                 text(name), text(unitLabel(ind.unit, l)),
                 cell(ind, SuppressionPlan::BaselineYear, {}, {},
                      ind.hasBaseline ? ind.baselineValue : std::nullopt),
                 figure(ind, ind.targets.value(year)), cell(ind, year, {}, {}, ind.actuals.value(year)),
                 percent, status, text(explanation(ind, year, l))});
        }
        for (auto y = ind.disaggregation.cbegin(); y != ind.disaggregation.cend(); ++y)
            for (const Disaggregation& d : y.value())
                for (const DisaggregationCategory& c : d.categories)
                    t.breakdowns.rows.append(
                        {text(ind.id), TableCell{QString(), double(y.key()), TableCell::Format::Count, false},
                         text(name), text(d.dimension), text(c.name),
                         cell(ind, y.key(), d.dimension, c.name, c.value)});
    }
    if (t.maskedCells > 0)
        t.note =
            plan.noteText(l) + QLatin1Char(' ') +
            pick(l, "This protected export cannot be imported back; the report file keeps the real values.",
                 "Esta exportación protegida no puede volver a importarse; el archivo del informe conserva "
                 "los "
                 "valores reales.");
    return t;
}

TableSheet IndicatorTable::combined() const
{
    // Column positions follow the headers set in build().
    TableSheet s;
    s.title = tracking.title;
    s.headers = {tracking.headers[0], tracking.headers[1], breakdowns.headers[3], breakdowns.headers[4]};
    s.headers += tracking.headers.mid(2);
    for (const auto& r : tracking.rows) {
        QList<TableCell> row{r[0], r[1], TableCell{}, TableCell{}};
        row += r.mid(2);
        s.rows.append(row);
    }
    for (const auto& r : breakdowns.rows)
        s.rows.append({r[0], r[1], r[3], r[4], r[2], TableCell{}, TableCell{}, TableCell{}, r[5], TableCell{},
                       TableCell{}, TableCell{}});
    return s;
}

} // namespace cpc
