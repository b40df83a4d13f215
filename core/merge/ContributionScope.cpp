#include "merge/ContributionScope.h"

namespace cpc {

ContributionScope::ContributionScope(const Report& r, const QString& entityId) : m_entity(entityId)
{
    for (const Section& s : r.sections) {
        const bool assigned = s.assignedTo.contains(entityId);
        if (assigned) m_sections.insert(s.id);
        for (const Activity& a : s.activities)
            if (assigned || a.responsible.contains(entityId)) m_activities.insert(a.id);
    }
    for (const Indicator& i : r.indicators)
        if (i.responsible.contains(entityId)) m_indicators.insert(i.id);
}

bool ContributionScope::isContributorStatus(const QJsonValue& v)
{
    const QString s = v.toString();
    return s == QLatin1String("not_started") || s == QLatin1String("drafting") || s == QLatin1String("submitted");
}

bool ContributionScope::allows(const FieldPath& p, const QJsonValue& value) const
{
    const QString root = p.at(0), id = p.at(1), field = p.at(2);
    if (root == QLatin1String("comments")) return p.size() == 1;
    if (p.size() < 3) return false; // creating or removing objects is the coordinator's
    if (root == QLatin1String("sections") && m_sections.contains(id)) {
        if (field == QLatin1String("body")) return p.size() == 4;
        if (field == QLatin1String("status")) return p.size() == 3 && (value.isUndefined() || isContributorStatus(value));
        return false;
    }
    if (root == QLatin1String("activities") && m_activities.contains(id)) {
        if (field == QLatin1String("title") || field == QLatin1String("body")) return p.size() == 4;
        if (field == QLatin1String("status") || field == QLatin1String("trafficking_types")) return p.size() == 3;
        if (field == QLatin1String("review_status"))
            return p.size() == 3 && (value.isUndefined() || isContributorStatus(value));
        return false;
    }
    if (root == QLatin1String("indicators") && m_indicators.contains(id)) {
        if (field == QLatin1String("actuals")) return p.size() == 4;
        if (field == QLatin1String("disaggregation")) return p.size() >= 4;
        if (field == QLatin1String("variance_explanation")) return p.size() == 5;
        if (field == QLatin1String("review_status"))
            return p.size() == 3 && (value.isUndefined() || isContributorStatus(value));
        return false;
    }
    return false;
}

} // namespace cpc
