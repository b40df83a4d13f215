#include "template/SkeletonBuilder.h"

#include <QDate>

namespace cpc {

QPair<QString, QString> SkeletonBuilder::period(const QString& firstPeriodStart, int reportingYear)
{
    const QDate first = QDate::fromString(firstPeriodStart, Qt::ISODate);
    if (!first.isValid()) return {};
    // Counting every year from the first start (not from the previous year's start) keeps a period that
    // starts on 29 February from drifting to the 28th for good after the first non-leap year.
    const QDate start = first.addYears(reportingYear - 1);
    const QDate end = first.addYears(reportingYear).addDays(-1);
    return {start.toString(Qt::ISODate), end.toString(Qt::ISODate)};
}

BiText SkeletonBuilder::title(const BiText& pattern, int reportingYear)
{
    const QString year = QString::number(reportingYear);
    QString en = pattern.en(), es = pattern.es();
    en.replace(QLatin1String("{year}"), year);
    es.replace(QLatin1String("{year}"), year);
    return BiText(en, es);
}

BiText SkeletonBuilder::objectiveTitle(const TemplateObjective& objective)
{
    const QString n = QString::number(objective.number);
    return BiText(QStringLiteral("Objective %1: %2").arg(n, objective.name.en()),
                  QStringLiteral("Objetivo %1: %2").arg(n, objective.name.es()));
}

Section SkeletonBuilder::section(const TemplateSection& ts)
{
    Section s;
    s.id = ts.id;
    s.kind = ts.kind;
    s.title = ts.title;
    s.assignedTo = ts.assignedTo;
    s.objective = ts.kind == QLatin1String("objective") ? ts.objective : 0;
    return s; // body empty, review not_started, no activities: the writers add them
}

namespace {

bool isClosingKind(const QString& kind)
{
    return kind == QLatin1String("recommendations") || kind == QLatin1String("sustainability") ||
           kind == QLatin1String("areas_for_improvement") || kind == QLatin1String("indicators");
}

QString freeId(const Report& r, const QString& wanted)
{
    QString id = wanted;
    for (int n = 2; r.section(id); ++n)
        id = wanted + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace

Report SkeletonBuilder::build(const Template& tmpl, int reportingYear)
{
    Report r;
    ReportInfo& info = r.info;
    info.templateId = tmpl.id;
    info.partnership = tmpl.partnership;
    info.title = title(tmpl.titlePattern, reportingYear);
    info.reportingYear = reportingYear;
    const auto [start, end] = period(tmpl.firstPeriodStart, reportingYear);
    info.periodStart = start;
    info.periodEnd = end;
    info.sourceLanguage = tmpl.sourceLanguage;
    info.preparedBy = tmpl.preparedBy;
    info.smallNumbers.threshold = tmpl.smallNumberThreshold;

    r.entities = tmpl.entities;
    for (const TemplateSection& ts : tmpl.sections)
        r.sections.append(section(ts));

    // Every objective gets its section even when the template forgot one: the partnership reports on all
    // four. They go where the objectives are (after the last objective section), else before the
    // closing sections (recommendations, sustainability...).
    for (const TemplateObjective& o : tmpl.objectives) {
        if (tmpl.sectionOfKind(QStringLiteral("objective"), o.number)) continue;
        Section s;
        s.id = freeId(r, QStringLiteral("objective-%1").arg(o.number));
        s.kind = QStringLiteral("objective");
        s.objective = o.number;
        s.title = objectiveTitle(o);
        qsizetype at = -1;
        for (qsizetype i = 0; i < r.sections.size(); ++i)
            if (r.sections[i].isObjective() && r.sections[i].objective < o.number) at = i + 1;
        if (at < 0) {
            at = r.sections.size();
            for (qsizetype i = 0; i < r.sections.size(); ++i)
                if (isClosingKind(r.sections[i].kind) ||
                    (r.sections[i].isObjective() && r.sections[i].objective > o.number)) {
                    at = i;
                    break;
                }
        }
        r.sections.insert(at, s);
    }

    for (Indicator ind : tmpl.indicators) {
        ind.actuals.clear();
        ind.disaggregation.clear();
        ind.varianceExplanation.clear();
        ind.review = Workflow{};
        r.indicators.append(ind);
    }
    r.glossary = tmpl.glossary;
    r.breakdownLabels = tmpl.breakdownLabels;
    return r;
}

} // namespace cpc
