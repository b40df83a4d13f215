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
    for (const Indicator& i : r.indicators) {
        if (i.responsible.contains(entityId)) {
            m_indicators.insert(i.id);
            continue;
        }
        for (const QList<Disaggregation>& year : i.disaggregation)
            for (const Disaggregation& d : year) {
                m_sharedBreakdowns.insert(d.dimension);
                for (const DisaggregationCategory& c : d.categories)
                    m_sharedBreakdowns.insert(d.dimension + QLatin1Char('/') + c.name);
            }
    }
}

bool ContributionScope::covers(const Comment& c) const
{
    if (c.targetKind == QLatin1String("section")) return m_sections.contains(c.target);
    if (c.targetKind == QLatin1String("activity")) return m_activities.contains(c.target);
    if (c.targetKind == QLatin1String("indicator")) return m_indicators.contains(c.target);
    return false;
}

bool ContributionScope::sameRemark(const Comment& a, const Comment& b)
{
    return a.targetKind == b.targetKind && a.target == b.target && a.author == b.author && a.at == b.at &&
           a.text == b.text;
}

bool ContributionScope::allowsComments(const QList<Comment>& before, const QList<Comment>& after,
                                       QString* why) const
{
    const auto find = [](const QList<Comment>& list, const Comment& c) -> const Comment* {
        for (const Comment& x : list)
            if (sameRemark(x, c)) return &x;
        return nullptr;
    };
    const auto refuse = [why](const QString& message) {
        if (why) *why = message;
        return false;
    };
    for (const Comment& old : before)
        if (!find(after, old))
            return refuse(
                tr("the comment of %1 of %2 was removed or reworded; comments can only be added or resolved")
                    .arg(old.author, old.at));
    for (const Comment& c : after) {
        const Comment* old = find(before, c);
        if (!old) {
            if (c.author != m_entity)
                return refuse(
                    tr("a comment written as %1 cannot come in %2's contribution").arg(c.author, m_entity));
        } else if (old->resolved != c.resolved && !covers(c)) {
            return refuse(
                tr("the thread on %1 '%2' was not asked of %3; only threads on its own parts can be resolved")
                    .arg(c.targetKind, c.target, m_entity));
        }
    }
    return true;
}

bool ContributionScope::isContributorStatus(const QJsonValue& v)
{
    const QString s = v.toString();
    return s == QLatin1String("not_started") || s == QLatin1String("drafting") ||
           s == QLatin1String("submitted");
}

bool ContributionScope::allows(const FieldPath& p, const QJsonValue& value) const
{
    const QString root = p.at(0), id = p.at(1), field = p.at(2);
    if (root == QLatin1String("comments")) return p.size() == 1;
    if (p.size() < 3) return false; // creating or removing objects is the coordinator's
    if (root == QLatin1String("breakdown_labels")) {
        // A label side of a code that no indicator outside the entity's parts prints.
        if (p.size() == 4 && field == QLatin1String("label")) return !m_sharedBreakdowns.contains(id);
        if (p.size() == 5 && field == QLatin1String("categories"))
            return !m_sharedBreakdowns.contains(id + QLatin1Char('/') + p.at(3));
        return false;
    }
    if (root == QLatin1String("sections") && m_sections.contains(id)) {
        if (field == QLatin1String("body")) return p.size() == 4;
        if (field == QLatin1String("status"))
            return p.size() == 3 && (value.isUndefined() || isContributorStatus(value));
        return false;
    }
    if (root == QLatin1String("activities") && m_activities.contains(id)) {
        if (field == QLatin1String("title") || field == QLatin1String("body")) return p.size() == 4;
        if (field == QLatin1String("status") || field == QLatin1String("trafficking_types"))
            return p.size() == 3;
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
