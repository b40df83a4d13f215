#include "document/ReportOutline.h"

#include "document/DocumentWords.h"
#include "document/IndicatorGroups.h"
#include "model/IndicatorProgress.h"

#include <algorithm>

namespace cpc {

DocPassage ReportOutline::passage(const Variant& make, bool shared)
{
    DocPassage p;
    p.en = make(Language::En);
    p.es = make(Language::Es);
    p.both = make(std::nullopt);
    p.shared = shared;
    return p;
}

DocBlock ReportOutline::narrative(const BiText& text, std::optional<Language> ol)
{
    // As the PDF: a missing translation shows the original with a notice, a stale one says so.
    const Language l = ol.value_or(Language::En);
    const PdfLocale loc(l);
    DocBlock b;
    b.kind = DocBlock::Kind::Narrative;
    b.language = ol;
    b.textLanguage = l;
    switch (text.state(l)) {
    case TranslationState::Current: b.markdown = text.text(l); break;
    case TranslationState::Stale:
        b.notice = loc.text("translation_outdated");
        b.markdown = text.text(l);
        break;
    case TranslationState::Missing:
        if (text.text(otherLanguage(l)).isEmpty()) {
            b.notice = loc.text("not_written");
        } else {
            b.notice = loc.text("translation_pending") + QStringLiteral(". ") + loc.text("shown_original");
            b.markdown = text.text(otherLanguage(l));
            b.textLanguage = otherLanguage(l);
        }
        break;
    }
    return b;
}

void ReportOutline::heading(int level, const QString& number, const BiText& title, QList<DocPassage>& out) const
{
    out.append(passage([&](std::optional<Language> l) {
        DocBlock b;
        b.kind = DocBlock::Kind::Heading;
        b.level = level;
        b.number = number;
        b.language = l;
        b.text = DocumentWords::bilingual(title, l);
        return b;
    }));
}

QString ReportOutline::entityNames(const QStringList& ids, Language l) const
{
    QStringList names;
    for (const QString& id : ids) {
        const Entity* e = m_report.entity(id);
        names << (e ? DocumentWords::entityName(*e, l) : id);
    }
    return names.join(QStringLiteral("; "));
}

void ReportOutline::activity(const Activity& a, const QString& number, QList<DocPassage>& out) const
{
    heading(2, number, a.title, out);
    out.append(passage([&](std::optional<Language> ol) {
        const Language l = ol.value_or(Language::En);
        const DocumentWords w(l);
        DocBlock b;
        b.kind = DocBlock::Kind::Facts;
        b.language = ol;
        b.facts.append({w.text("responsible"), a.responsible.isEmpty() ? w.text("none") : entityNames(a.responsible, l)});
        b.facts.append({w.text("status"), w.text(("status." + a.status.toUtf8()).constData())});
        QStringList types;
        for (const QString& t : a.traffickingTypes) types << w.text(("type." + t.toUtf8()).constData());
        b.facts.append({w.text("trafficking_types"), types.isEmpty() ? w.text("none") : types.join(QStringLiteral("; "))});
        return b;
    }));
    out.append(passage([&](std::optional<Language> l) { return narrative(a.body, l); }));
}

QString ReportOutline::format(double v, const QString& unit, std::optional<Language> l) const
{
    // The bilingual tables write figures the way the report was drafted, as the PDF does.
    return DocumentWords(l.value_or(m_report.info.sourceLanguage)).value(v, unit);
}

QString ReportOutline::masked(CellMask m, const QString& shown) const
{
    return m == CellMask::Shown ? shown : m == CellMask::Primary ? m_plan.primaryLabel() : SuppressionPlan::complementaryLabel();
}

DocTable ReportOutline::trackingTable(const QList<const Indicator*>& list, std::optional<Language> l) const
{
    const DocumentWords w(l);
    const int year = m_report.info.reportingYear;
    DocTable t;
    t.headers = {w.label("indicator"), w.label("unit"),   w.label("baseline"), w.label("target"),
                 w.label("actual"),    w.label("pct_target"), w.label("status"), w.label("explanation")};
    t.numeric = {false, false, true, true, true, true, false, false};
    for (const Indicator* ind : list) {
        const IndicatorProgress p = IndicatorProgress::compute(*ind, year);
        QList<DocCell> row(8);
        row[0].text = ind->id + QLatin1Char(' ') + DocumentWords::bilingual(ind->name, l);
        row[1].text = w.label(("unit." + ind->unit.toUtf8()).constData());
        if (ind->hasBaseline && ind->baselineValue) {
            row[2].text = masked(m_plan.mask(ind->id, SuppressionPlan::BaselineYear), format(*ind->baselineValue, ind->unit, l));
            if (!ind->baselinePeriod.isEmpty()) row[2].text += QStringLiteral(" (") + ind->baselinePeriod + QLatin1Char(')');
        } else {
            row[2].text = QStringLiteral("—");
        }
        row[3].text = p.target ? format(*p.target, ind->unit, l) : QStringLiteral("—");
        row[4].text = p.actual ? masked(m_plan.mask(ind->id, year), format(*p.actual, ind->unit, l)) : QStringLiteral("—");
        if (p.percentOfTarget)
            row[5].text = m_plan.hidesDerived(ind->id, year)
                              ? SuppressionPlan::complementaryLabel()
                              : DocumentWords(l.value_or(m_report.info.sourceLanguage)).percent(*p.percentOfTarget);
        else
            row[5].text = QStringLiteral("—");
        row[6].text = w.label(("progress." + IndicatorProgress::statusId(p.status).toUtf8()).constData());
        row[7].text = DocumentWords::bilingual(ind->varianceExplanation.value(year), l);
        for (int c = 2; c <= 5; ++c) row[c].numeric = true;
        t.rows.append(row);
    }
    return t;
}

void ReportOutline::indicatorDetails(const Indicator& ind, QList<DocPassage>& out) const
{
    QList<int> years = ind.targets.keys();
    for (int y : ind.actuals.keys())
        if (!years.contains(y)) years.append(y);
    std::sort(years.begin(), years.end());
    if (!years.isEmpty())
        out.append(passage(
            [&](std::optional<Language> l) {
                const DocumentWords w(l);
                const DocumentWords numbers(l.value_or(m_report.info.sourceLanguage));
                DocBlock b;
                b.kind = DocBlock::Kind::Chart;
                b.language = l;
                b.chart.title = w.label("chart_title");
                b.chart.targetLabel = w.label("target");
                b.chart.actualLabel = w.label("actual");
                for (int y : years) {
                    DocChartPoint p;
                    p.label = w.label("year_n").arg(y);
                    p.target = ind.targets.value(y, std::nullopt);
                    const IndicatorProgress progress = IndicatorProgress::compute(ind, y);
                    if (progress.actual && !m_plan.isSuppressed(ind.id, y)) p.actual = progress.actual;
                    b.chart.points.append(p);
                    const auto fig = [&](const std::optional<double>& v) { return v ? numbers.number(*v) : QStringLiteral("—"); };
                    b.chart.valueTexts.append(fig(p.target) + QStringLiteral(" / ") + fig(p.actual));
                }
                return b;
            },
            true));
    for (auto it = ind.disaggregation.constBegin(); it != ind.disaggregation.constEnd(); ++it) {
        if (it.value().isEmpty()) continue;
        out.append(passage(
            [&](std::optional<Language> l) {
                const DocumentWords w(l);
                DocBlock b;
                b.kind = DocBlock::Kind::Table;
                b.language = l;
                b.table.headers = {w.label("disaggregation").arg(it.key()), w.label("category"), w.label("value")};
                b.table.numeric = {false, false, true};
                for (const Disaggregation& d : it.value())
                    for (const DisaggregationCategory& c : d.categories) {
                        DocCell value{masked(m_plan.mask(ind.id, it.key(), d.dimension, c.name), format(c.value, ind.unit, l))};
                        value.numeric = true;
                        b.table.rows.append({DocCell{w.dimension(m_report.breakdownLabels, d.dimension)},
                                             DocCell{w.category(m_report.breakdownLabels, d.dimension, c.name)}, value});
                    }
                return b;
            },
            true));
    }
}

void ReportOutline::indicators(const QString& number, QList<DocPassage>& out) const
{
    int sub = 0;
    for (const IndicatorGroup& group : IndicatorGroup::of(m_report)) {
        const QList<const Indicator*>& list = group.indicators;
        heading(2, number + QLatin1Char('.') + QString::number(++sub), group.title, out);
        if (list.isEmpty()) {
            out.append(passage([](std::optional<Language> l) {
                DocBlock b;
                b.language = l;
                b.text = DocumentWords(l).label("no_indicators");
                return b;
            }));
            continue;
        }
        out.append(passage(
            [&](std::optional<Language> l) {
                DocBlock b;
                b.kind = DocBlock::Kind::Table;
                b.language = l;
                b.table = trackingTable(list, l);
                return b;
            },
            true));
        if (m_plan.enabled() && m_plan.primaryCount() + m_plan.complementaryCount() > 0)
            out.append(passage(
                [&](std::optional<Language> l) {
                    DocBlock b;
                    b.language = l;
                    b.text = l ? m_plan.noteText(*l)
                               : m_plan.noteText(Language::En) + QLatin1Char(' ') + m_plan.noteText(Language::Es);
                    return b;
                },
                true));
        for (const Indicator* ind : list) {
            bool hasData = false;
            for (const auto& a : ind->actuals) hasData = hasData || a.has_value();
            if (!hasData && ind->disaggregation.isEmpty()) continue;
            heading(3, QString(), BiText(ind->id + QLatin1Char(' ') + ind->name.en(), ind->id + QLatin1Char(' ') + ind->name.es()),
                    out);
            indicatorDetails(*ind, out);
        }
    }
}

void ReportOutline::annexes(QList<DocPassage>& out) const
{
    const auto annex = [](const char* key) {
        return BiText(DocumentWords(Language::En).text(key), DocumentWords(Language::Es).text(key));
    };
    heading(1, QString(), annex("annex_glossary"), out);
    out.last().breakBefore = true;
    out.append(passage(
        [&](std::optional<Language> l) {
            const DocumentWords w(l);
            DocBlock b;
            b.kind = DocBlock::Kind::Table;
            b.language = l;
            b.table.headers = {w.label("term"), w.label("definition")};
            b.table.numeric = {false, false};
            for (const GlossaryEntry& g : m_report.glossary) {
                DocCell term{DocumentWords::bilingual(g.term, l)};
                term.bold = true;
                b.table.rows.append({term, DocCell{DocumentWords::bilingual(g.definition, l)}});
            }
            return b;
        },
        true));
    heading(1, QString(), annex("annex_entities"), out);
    out.append(passage(
        [&](std::optional<Language> l) {
            const DocumentWords w(l);
            DocBlock b;
            b.kind = DocBlock::Kind::Table;
            b.language = l;
            b.table.headers = {w.label("acronym"), w.label("name"), w.label("kind")};
            b.table.numeric = {false, false, false};
            for (const Entity& e : m_report.entities) {
                DocCell acronym{DocumentWords::bilingual(e.acronym, l)};
                if (acronym.text.isEmpty()) acronym.text = e.id;
                acronym.bold = true;
                b.table.rows.append({acronym, DocCell{DocumentWords::bilingual(e.name, l)},
                                     DocCell{w.label(("kind." + e.kind.toUtf8()).constData())}});
            }
            return b;
        },
        true));
}

QList<DocPassage> ReportOutline::compose() const
{
    QList<DocPassage> out;
    bool indicatorsDone = false;
    int number = 0;
    for (const Section& s : m_report.sections) {
        const QString num = QString::number(++number);
        heading(1, num, s.title.isEmpty() ? BiText(s.id, s.id) : s.title, out);
        out.append(passage([&](std::optional<Language> l) { return narrative(s.body, l); }));
        int k = 0;
        for (const Activity& a : s.activities) activity(a, num + QLatin1Char('.') + QString::number(++k), out);
        if (s.kind == QLatin1String("indicators") && !indicatorsDone) {
            indicators(num, out);
            indicatorsDone = true;
        }
    }
    if (!indicatorsDone && !m_report.indicators.isEmpty()) {
        const QString num = QString::number(++number);
        heading(1, num, BiText(QStringLiteral("Performance indicators"), QStringLiteral("Indicadores de desempeño")), out);
        indicators(num, out);
    }
    annexes(out);
    return out;
}

} // namespace cpc
