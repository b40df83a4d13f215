#include "pdf/IndicatorComposer.h"

#include "document/DocumentWords.h"
#include "document/IndicatorGroups.h"

#include "model/IndicatorProgress.h"
#include "pdf/ChartPainter.h"
#include "pdf/PdfTable.h"

#include <QSet>

namespace cpc {

QString IndicatorComposer::label(const char* key) const
{
    return m_language ? PdfLocale(*m_language).text(key) : PdfLocale::both(key);
}

QString IndicatorComposer::pick(const BiText& t) const
{
    const Language l = m_language.value_or(Language::En);
    return t.text(l).isEmpty() ? t.text(otherLanguage(l)) : t.text(l);
}

QString IndicatorComposer::second(const BiText& t) const
{
    if (m_language) return QString();
    return t.es() == t.en() ? QString() : t.es();
}

QString IndicatorComposer::format(double v, const QString& unit) const
{
    // The bilingual tables write figures the way the report was drafted.
    return PdfLocale(m_language.value_or(m_report.info.sourceLanguage)).value(v, unit);
}

void IndicatorComposer::compose(std::optional<Language> language, const QString& number, float width,
                                float frameHeight, const HeadingFn& heading, std::vector<FlowBlock>& out) const
{
    m_language = language;
    int sub = 0;
    for (const IndicatorGroup& group : IndicatorGroup::of(m_report)) {
        const QList<const Indicator*>& list = group.indicators;
        const QString subNumber = number + QLatin1Char('.') + QString::number(++sub);
        heading(2, subNumber, group.title, out);
        if (list.isEmpty()) {
            out.push_back(m_setter.plain(label("no_indicators"), FontStyle::Italic, BlockSetter::kBodySize, width, 0x666666));
            continue;
        }
        out.push_back(trackingTable(list, width, frameHeight));
        if (m_plan.enabled() && m_plan.primaryCount() + m_plan.complementaryCount() > 0) {
            const QString note = m_language ? m_plan.noteText(*m_language)
                                            : m_plan.noteText(Language::En) + QLatin1Char(' ') + m_plan.noteText(Language::Es);
            out.push_back(m_setter.plain(note, FontStyle::Italic, 7.5f, width, 0x555555));
        }
        for (const Indicator* ind : list) {
            bool hasData = false;
            for (const auto& a : ind->actuals) hasData = hasData || a.has_value();
            if (!hasData && ind->disaggregation.isEmpty()) continue;
            BiText name(ind->id + QStringLiteral(" ") + ind->name.en(), ind->id + QStringLiteral(" ") + ind->name.es());
            heading(3, QString(), name, out);
            details(*ind, width, frameHeight, out);
        }
    }
    m_language.reset();
}

FlowBlock IndicatorComposer::trackingTable(const QList<const Indicator*>& list, float width, float frameHeight) const
{
    const int year = m_report.info.reportingYear;
    PdfTable table(m_setter.fonts(), width, 7.5f);
    table.setColumns({{label("indicator"), 3.0f},
                      {label("unit"), 1.2f},
                      {label("baseline"), 1.35f, true},
                      {label("target"), 1.2f, true},
                      {label("actual"), 1.2f, true},
                      {label("pct_target"), 1.2f, true},
                      {label("status"), 1.3f},
                      {label("explanation"), 2.6f}});
    for (const Indicator* ind : list) {
        const IndicatorProgress p = IndicatorProgress::compute(*ind, year);
        std::vector<TableCell> row(8);
        row[0].text = ind->id + QStringLiteral(" ") + pick(ind->name);
        row[0].second = second(ind->name);
        row[1].text = label(("unit." + ind->unit.toUtf8()).constData());
        if (ind->hasBaseline && ind->baselineValue) {
            const CellMask m = m_plan.mask(ind->id, SuppressionPlan::BaselineYear);
            row[2].text = m == CellMask::Shown ? format(*ind->baselineValue, ind->unit)
                          : m == CellMask::Primary ? m_plan.primaryLabel() : SuppressionPlan::complementaryLabel();
            if (!ind->baselinePeriod.isEmpty()) row[2].text += QStringLiteral(" (") + ind->baselinePeriod + QLatin1Char(')');
        } else {
            row[2].text = QStringLiteral("—");
        }
        row[3].text = p.target ? format(*p.target, ind->unit) : QStringLiteral("—");
        if (p.actual) {
            const CellMask m = m_plan.mask(ind->id, year);
            row[4].text = m == CellMask::Shown ? format(*p.actual, ind->unit)
                          : m == CellMask::Primary ? m_plan.primaryLabel() : SuppressionPlan::complementaryLabel();
        } else {
            row[4].text = QStringLiteral("—");
        }
        if (p.percentOfTarget)
            row[5].text = m_plan.hidesDerived(ind->id, year) ? SuppressionPlan::complementaryLabel()
                                                             : PdfLocale(m_language.value_or(m_report.info.sourceLanguage)).percent(*p.percentOfTarget);
        else
            row[5].text = QStringLiteral("—");
        row[6].text = label(("progress." + IndicatorProgress::statusId(p.status).toUtf8()).constData());
        if (p.status == ProgressStatus::OffTrack) row[6].color = 0xA11D1D;
        else if (p.status == ProgressStatus::Achieved) row[6].color = 0x1E6B30;
        const BiText explanation = ind->varianceExplanation.value(year);
        row[7].text = pick(explanation);
        row[7].second = second(explanation);
        if (m_language && explanation.state(*m_language) != TranslationState::Current && !explanation.isEmpty()) {
            row[7].second = PdfLocale(*m_language).text("translation_pending");
            row[7].color = explanation.state(*m_language) == TranslationState::Missing ? 0x555555 : 0;
        }
        table.addRow(std::move(row));
    }
    return table.build(frameHeight);
}

void IndicatorComposer::details(const Indicator& ind, float width, float frameHeight, std::vector<FlowBlock>& out) const
{
    const Language numbers = m_language.value_or(m_report.info.sourceLanguage);
    QList<int> years = ind.targets.keys();
    for (int y : ind.actuals.keys())
        if (!years.contains(y)) years.append(y);
    std::sort(years.begin(), years.end());
    std::vector<ChartPainter::Point> points;
    for (int y : years) {
        ChartPainter::Point p;
        p.label = label("year_n").arg(y);
        p.year = y;
        if (m_language) p.label = PdfLocale(*m_language).text("year_n").arg(y);
        p.target = ind.targets.value(y, std::nullopt);
        const IndicatorProgress progress = IndicatorProgress::compute(ind, y);
        if (progress.actual && !m_plan.isSuppressed(ind.id, y)) p.actual = progress.actual;
        points.push_back(p);
    }
    if (!points.empty()) {
        ChartPainter chart(m_setter.fonts());
        ChartPainter::Labels labels;
        labels.title = label("chart_title");
        labels.target = label("target");
        labels.actual = label("actual");
        labels.number = [numbers](double v) { return PdfLocale(numbers).number(v); };
        FlowBlock b;
        b.rows.push_back(chart.paint(points, labels, std::min(width, 340.f), 118));
        // What the chart shows, in words, in each language the page is read in.
        b.role = FlowBlock::Role::Figure;
        const auto describe = [&](Language l) {
            const QString name = ind.id + QLatin1Char(' ') + (ind.name.text(l).isEmpty() ? ind.name.text(otherLanguage(l)) : ind.name.text(l));
            return ChartPainter::describe(name, points, l, [l](double v) { return PdfLocale(l).number(v); });
        };
        b.alt = m_language ? describe(*m_language) : describe(Language::En) + QStringLiteral(" / ") + describe(Language::Es);
        b.spaceBefore = 4;
        b.spaceAfter = 4;
        out.push_back(std::move(b));
    }
    for (auto it = ind.disaggregation.constBegin(); it != ind.disaggregation.constEnd(); ++it) {
        if (it.value().isEmpty()) continue;
        PdfTable table(m_setter.fonts(), std::min(width, 340.f), 7.5f);
        table.setColumns({{label("disaggregation").arg(it.key()), 2.f}, {label("category"), 2.f}, {label("value"), 1.2f, true}});
        for (const Disaggregation& d : it.value())
            for (const DisaggregationCategory& c : d.categories) {
                const CellMask m = m_plan.mask(ind.id, it.key(), d.dimension, c.name);
                const QString v = m == CellMask::Shown ? format(c.value, ind.unit)
                                  : m == CellMask::Primary ? m_plan.primaryLabel() : SuppressionPlan::complementaryLabel();
                const DocumentWords w(m_language);
                table.addRow({TableCell{w.dimension(m_report.breakdownLabels, d.dimension)},
                              TableCell{w.category(m_report.breakdownLabels, d.dimension, c.name)}, TableCell{v}});
            }
        if (!table.isEmpty()) out.push_back(table.build(frameHeight));
    }
}

} // namespace cpc
