#include "merge/ContributionFigures.h"

#include "import/IndicatorValueCheck.h"
#include "model/FieldSchema.h"
#include "storage/ReportDocument.h"
#include "storage/ReportFile.h"

namespace cpc {

namespace {

QString place(const QString& file, const QString& path)
{
    return QStringLiteral("%1 (%2)").arg(file, path);
}

// Each query lists the field path of a stored figure that is not a finite number (or whose year is not a
// whole number), its storage type and its text.
constexpr const char* kDamagedFigures[] = {
    "SELECT 'indicators/' || indicator_id || '/' || kind || 's/' || year, typeof(value), "
    "substr(CAST(value AS TEXT), 1, 40) FROM indicator_value "
    "WHERE (value IS NOT NULL AND (typeof(value) NOT IN ('integer', 'real') OR abs(value) > 1.7e308)) "
    "OR typeof(year) != 'integer' LIMIT 1",
    "SELECT 'indicators/' || indicator_id || '/disaggregation/' || year || '/' || dimension || '/' || "
    "category, "
    "typeof(value), substr(CAST(value AS TEXT), 1, 40) FROM indicator_disaggregation "
    "WHERE typeof(value) NOT IN ('integer', 'real') OR abs(value) > 1.7e308 OR typeof(year) != 'integer' "
    "LIMIT 1",
    "SELECT 'indicators/' || id || '/baseline/value', typeof(baseline_value), "
    "substr(CAST(baseline_value AS TEXT), 1, 40) FROM indicator "
    "WHERE baseline_value IS NOT NULL AND (typeof(baseline_value) NOT IN ('integer', 'real') "
    "OR abs(baseline_value) > 1.7e308) LIMIT 1",
};

// The indicator figure a path names ("indicators/ID/targets/2", ".../disaggregation/2/DIM/CAT",
// ".../baseline/value"), with its year (0 for the baseline); nothing for other paths.
std::optional<std::pair<QString, int>> figureOf(const FieldPath& p)
{
    const std::optional<FieldMatch> m = FieldSchema::match(p);
    if (!m) return std::nullopt;
    switch (m->kind()) {
    case FieldKind::IndicatorBaselineValue:
        return std::pair{m->id(), 0};
    case FieldKind::IndicatorTarget:
    case FieldKind::IndicatorActual:
    case FieldKind::IndicatorBreakdownCategory:
        return std::pair{m->id(), m->values.value(1).toInt()};
    default:
        return std::nullopt;
    }
}

} // namespace

Status ContributionFigures::checkStored(ReportDocument& contribution)
{
    for (const char* sql : kDamagedFigures) {
        Statement s = contribution.file().db().prepare(sql);
        if (!s.next()) continue;
        const QString type = s.text(1);
        const QString what = type == QLatin1String("text")   ? tr("a text ('%1')").arg(s.text(2))
                             : type == QLatin1String("blob") ? tr("binary data")
                             : type == QLatin1String("real") ? tr("an infinite number")
                                                             : tr("a year that is not a whole number");
        return Error{
            tr("this contribution is damaged: a figure holds %1 instead of a number; nothing was merged")
                .arg(what),
            place(contribution.path(), s.text(0))};
    }
    return success();
}

Status ContributionFigures::checkChanged(const MergePlan& plan, const Report& sent,
                                         const QString& contributionPath)
{
    for (const MergeItem& item : plan.items) {
        if (item.kind == MergeItem::Kind::Refused || !item.returned.isDouble()) continue;
        const auto figure = figureOf(item.path);
        if (!figure) continue;
        const Indicator* ind = sent.indicator(figure->first);
        if (!ind) continue;
        QString why = figure->second > 0 ? IndicatorValueCheck::yearProblem(figure->second) : QString();
        if (why.isEmpty()) why = IndicatorValueCheck::problem(*ind, item.returned.toDouble());
        if (!why.isEmpty())
            return Error{why + QLatin1Char(' ') + tr("(nothing was merged)"),
                         place(contributionPath, item.path.toString())};
    }
    return success();
}

} // namespace cpc
