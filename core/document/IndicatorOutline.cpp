#include "document/IndicatorOutline.h"

#include "document/DocumentWords.h"
#include "document/IndicatorGroups.h"
#include "document/ReportOutline.h"
#include "model/IndicatorProgress.h"

#include <algorithm>
#include <cmath>

namespace cpc {

NumberFormat IndicatorOutline::figures(std::optional<Language> l) const
{
    // The bilingual tables and charts are read by both readers: the shared convention, with the decimal
    // mark of the language the report is drafted in.
    return l ? NumberFormat::of(*l) : NumberFormat::shared(m_report.info.sourceLanguage);
}

NumberFormat::Scale IndicatorOutline::scaleOf(const Indicator& ind)
{
    // One scale for all of an indicator's amounts, so that its row and its chart compare at a glance.
    double largest = ind.baselineValue.value_or(0);
    const auto widen = [&](const QMap<int, std::optional<double>>& m) {
        for (const auto& v : m)
            if (v) largest = std::max(largest, std::fabs(*v));
    };
    widen(ind.targets);
    widen(ind.actuals);
    for (const auto& list : ind.disaggregation)
        for (const Disaggregation& d : list)
            for (const DisaggregationCategory& c : d.categories)
                largest = std::max(largest, std::fabs(c.value));
    return NumberFormat::scaleFor(largest, ind.unit);
}

int IndicatorOutline::decimalsOf(const Indicator& ind)
{
    // An indicator's figures share their decimals (410.0 beside 395.5), so its row and its breakdown
    // column read alike.
    int decimals = ind.baselineValue ? NumberFormat::decimalsNeeded(*ind.baselineValue) : 0;
    const auto widen = [&](const QMap<int, std::optional<double>>& m) {
        for (const auto& v : m)
            if (v) decimals = std::max(decimals, NumberFormat::decimalsNeeded(*v));
    };
    widen(ind.targets);
    widen(ind.actuals);
    for (const auto& list : ind.disaggregation)
        for (const Disaggregation& d : list)
            for (const DisaggregationCategory& c : d.categories)
                decimals = std::max(decimals, NumberFormat::decimalsNeeded(c.value));
    return decimals;
}

QString IndicatorOutline::unitName(const Indicator& ind, std::optional<Language> l) const
{
    // The shared tables write scaled amounts without words: the unit names the scale once.
    const QByteArray key = "unit." + unitId(ind.unit).toUtf8();
    const DocumentWords w(l);
    return !l && scaleOf(ind) == NumberFormat::Scale::Millions ? w.label((key + ".millions").constData())
                                                               : w.label(key.constData());
}

QString IndicatorOutline::format(const Indicator& ind, double v, std::optional<Language> l) const
{
    return figures(l).value(v, ind.unit, scaleOf(ind), decimalsOf(ind));
}

QString IndicatorOutline::masked(CellMask m, const QString& shown) const
{
    return m == CellMask::Shown     ? shown
           : m == CellMask::Primary ? m_plan.primaryLabel()
                                    : SuppressionPlan::complementaryLabel();
}

DocTable IndicatorOutline::trackingTable(const QList<const Indicator*>& list, std::optional<Language> l) const
{
    const DocumentWords w(l);
    const int year = m_report.info.reportingYear;
    DocTable t;
    t.purpose = DocTable::Purpose::Tracking;
    t.headers = {w.label("indicator"), w.label("unit"),       w.label("baseline"), w.label("target"),
                 w.label("actual"),    w.label("pct_target"), w.label("status"),   w.label("explanation")};
    t.numeric = {false, false, true, true, true, true, false, false};
    for (const Indicator* ind : list) {
        const IndicatorProgress p = IndicatorProgress::compute(*ind, year);
        QList<DocCell> row(8);
        row[0] = ReportOutline::cell(ind->name, l);
        row[0].text = ind->id + QLatin1Char(' ') + row[0].text;
        row[1].text = unitName(*ind, l);
        if (ind->hasBaseline && ind->baselineValue) {
            row[2].text = masked(m_plan.mask(ind->id, SuppressionPlan::BaselineYear),
                                 format(*ind, *ind->baselineValue, l));
            if (!ind->baselinePeriod.isEmpty())
                row[2].text += QStringLiteral(" (") + ind->baselinePeriod + QLatin1Char(')');
        } else {
            row[2].text = QStringLiteral("—");
        }
        row[3].text = p.target ? format(*ind, *p.target, l) : QStringLiteral("—");
        row[4].text =
            p.actual ? masked(m_plan.mask(ind->id, year), format(*ind, *p.actual, l)) : QStringLiteral("—");
        if (p.percentOfTarget)
            row[5].text = m_plan.hidesDerived(ind->id, year) ? SuppressionPlan::complementaryLabel()
                                                             : figures(l).percent(*p.percentOfTarget);
        else
            row[5].text = QStringLiteral("—");
        row[6].text = w.label(("progress." + IndicatorProgress::statusId(p.status).toUtf8()).constData());
        row[6].tone = p.status == ProgressStatus::OffTrack   ? DocCell::Tone::Bad
                      : p.status == ProgressStatus::Achieved ? DocCell::Tone::Good
                                                             : DocCell::Tone::Plain;
        const BiText explanation = ind->varianceExplanation.value(year);
        row[7] = ReportOutline::cell(explanation, l);
        // A language's table says when the explanation it shows is not (or no longer) a translation.
        if (l && explanation.state(*l) != TranslationState::Current && !explanation.isEmpty()) {
            row[7].second = w.text("translation_pending");
            if (explanation.state(*l) == TranslationState::Missing) row[7].tone = DocCell::Tone::Muted;
        }
        for (int c = 2; c <= 5; ++c)
            row[c].numeric = true;
        t.rows.append(row);
    }
    return t;
}

DocBlock IndicatorOutline::chart(const Indicator& ind, const QList<int>& years,
                                 std::optional<Language> l) const
{
    const DocumentWords w(l);
    DocBlock b;
    b.kind = DocBlock::Kind::Chart;
    b.language = l;
    b.chart.title = w.label("chart_title");
    b.chart.targetLabel = w.label("target");
    b.chart.actualLabel = w.label("actual");
    b.chart.numbers = figures(l);
    b.chart.unit = ind.unit;
    b.chart.scale = scaleOf(ind);
    b.chart.decimals = decimalsOf(ind);
    // The axis names what its figures leave out: the currency and its scale (percentages carry their %).
    if (b.chart.scale == NumberFormat::Scale::Millions)
        b.chart.axisTitle = w.label(("unit." + unitId(ind.unit).toUtf8() + ".millions").constData());
    else if (isCurrency(ind.unit))
        b.chart.axisTitle = ind.unit == Unit::CurrencyCop ? QStringLiteral("COP") : QStringLiteral("US$");
    for (int y : years) {
        DocChartPoint p;
        p.label = w.label("year_n").arg(y);
        p.year = y;
        p.target = ind.targets.value(y, std::nullopt);
        const IndicatorProgress progress = IndicatorProgress::compute(ind, y);
        if (progress.actual && !m_plan.isSuppressed(ind.id, y)) p.actual = progress.actual;
        p.targetText = p.target ? b.chart.numbers.value(*p.target, ind.unit, b.chart.scale, b.chart.decimals)
                                : QStringLiteral("—");
        p.actualText = p.actual ? b.chart.numbers.value(*p.actual, ind.unit, b.chart.scale, b.chart.decimals)
                                : QStringLiteral("—");
        b.chart.points.append(p);
    }
    // What the chart shows, in words, in each language the page is read in.
    const auto describe = [&](Language dl) {
        const DocumentWords d(dl);
        QStringList parts;
        parts << ind.id + QLatin1Char(' ') + DocumentWords::side(ind.name, dl) + QStringLiteral(": ") +
                     d.text("chart_title");
        const QString none = d.text("progress.not_reported");
        for (const DocChartPoint& p : b.chart.points) {
            const auto figure = [&](const std::optional<double>& v) {
                return v ? d.value(*v, ind.unit) : none;
            };
            parts << QStringLiteral("%1: %2 %3; %4 %5")
                         .arg(d.text("year_n").arg(p.year), d.text("target"), figure(p.target),
                              d.text("actual"), figure(p.actual));
        }
        return parts.join(QStringLiteral(". ")) + QLatin1Char('.');
    };
    b.chart.description =
        l ? describe(*l) : describe(Language::En) + QStringLiteral(" / ") + describe(Language::Es);
    return b;
}

void IndicatorOutline::details(const Indicator& ind, QList<DocPassage>& out) const
{
    QList<int> years = ind.targets.keys();
    for (int y : ind.actuals.keys())
        if (!years.contains(y)) years.append(y);
    std::sort(years.begin(), years.end());
    if (!years.isEmpty())
        out.append(
            ReportOutline::passage([&](std::optional<Language> l) { return chart(ind, years, l); }, true));
    for (auto it = ind.disaggregation.constBegin(); it != ind.disaggregation.constEnd(); ++it) {
        bool any = false;
        for (const Disaggregation& d : it.value())
            any = any || !d.categories.isEmpty();
        if (!any) continue;
        out.append(ReportOutline::passage(
            [&](std::optional<Language> l) {
                const DocumentWords w(l);
                DocBlock b;
                b.kind = DocBlock::Kind::Table;
                b.language = l;
                b.table.purpose = DocTable::Purpose::Breakdown;
                const bool scaled = !l && scaleOf(ind) == NumberFormat::Scale::Millions;
                b.table.headers = {w.label("disaggregation").arg(it.key()), w.label("category"),
                                   scaled ? unitName(ind, l) : w.label("value")};
                b.table.numeric = {false, false, true};
                for (const Disaggregation& d : it.value())
                    for (const DisaggregationCategory& c : d.categories) {
                        DocCell value{masked(m_plan.mask(ind.id, it.key(), d.dimension, c.name),
                                             format(ind, c.value, l))};
                        value.numeric = true;
                        b.table.rows.append(
                            {DocCell{w.dimension(m_report.breakdownLabels, d.dimension)},
                             DocCell{w.category(m_report.breakdownLabels, d.dimension, c.name)}, value});
                    }
                return b;
            },
            true));
    }
}

void IndicatorOutline::compose(const QString& number, QList<DocPassage>& out) const
{
    int sub = 0;
    bool noted = false;
    for (const IndicatorGroup& group : IndicatorGroup::of(m_report)) {
        const QList<const Indicator*>& list = group.indicators;
        out.append(
            ReportOutline::heading(2, number + QLatin1Char('.') + QString::number(++sub), group.title));
        if (list.isEmpty()) {
            out.append(ReportOutline::passage(
                [](std::optional<Language> l) {
                    DocBlock b;
                    b.language = l;
                    b.text = DocumentWords(l).label("no_indicators");
                    return b;
                },
                true));
            continue;
        }
        out.append(ReportOutline::passage(
            [&](std::optional<Language> l) {
                DocBlock b;
                b.kind = DocBlock::Kind::Table;
                b.language = l;
                b.table = trackingTable(list, l);
                return b;
            },
            true));
        if (!noted) {
            // The shared convention is stated once, under the first shared table: the languages' own
            // tables follow the conventions their readers know and need no note.
            noted = true;
            out.append(ReportOutline::passage(
                [&](std::optional<Language> l) {
                    DocBlock b;
                    b.language = l;
                    b.fine = true;
                    const char* key =
                        figures(l).decimalMark() == QLatin1Char('.') ? "numbers_note." : "numbers_note,";
                    if (!l)
                        b.text = PdfLocale(Language::En).text(key) + QLatin1Char(' ') +
                                 PdfLocale(Language::Es).text(key);
                    return b;
                },
                true));
        }
        if (m_plan.enabled() && m_plan.primaryCount() + m_plan.complementaryCount() > 0)
            out.append(ReportOutline::passage(
                [&](std::optional<Language> l) {
                    DocBlock b;
                    b.language = l;
                    b.fine = true;
                    b.text =
                        l ? m_plan.noteText(*l)
                          : m_plan.noteText(Language::En) + QLatin1Char(' ') + m_plan.noteText(Language::Es);
                    return b;
                },
                true));
        for (const Indicator* ind : list) {
            bool hasData = false;
            for (const auto& a : ind->actuals)
                hasData = hasData || a.has_value();
            if (!hasData && ind->disaggregation.isEmpty()) continue;
            out.append(ReportOutline::heading(3, QString(),
                                              BiText(ind->id + QLatin1Char(' ') + ind->name.en(),
                                                     ind->id + QLatin1Char(' ') + ind->name.es())));
            details(*ind, out);
        }
    }
}

} // namespace cpc
