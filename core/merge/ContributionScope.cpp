#include "merge/ContributionScope.h"

#include "model/FieldSchema.h"

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
    const std::optional<ReviewStatus> s = reviewStatusFromId(v.toString());
    return s == ReviewStatus::NotStarted || s == ReviewStatus::Drafting || s == ReviewStatus::Submitted;
}

bool ContributionScope::allows(const FieldPath& p, const QJsonValue& value) const
{
    // The schema says who may write each field (FieldScope); this entity's parts say where.
    const std::optional<FieldMatch> m = FieldSchema::match(p);
    if (!m) return false;
    const QString id = m->id();
    const auto owned = [&] {
        switch (m->spec->owner) {
        case FieldOwner::Section:
            return m_sections.contains(id);
        case FieldOwner::Activity:
            return m_activities.contains(id);
        case FieldOwner::Indicator:
            return m_indicators.contains(id);
        default:
            return false;
        }
    };
    switch (m->spec->scope) {
    case FieldScope::Coordinator:
        return false;
    case FieldScope::Anyone:
        return true;
    case FieldScope::Assigned:
        return owned();
    case FieldScope::AssignedStatus:
        return owned() && (value.isUndefined() || isContributorStatus(value));
    case FieldScope::UnsharedCode:
        // A label side of a code that no indicator outside the entity's parts prints.
        return !m_sharedBreakdowns.contains(
            m->kind() == FieldKind::BreakdownCategoryLabel ? id + QLatin1Char('/') + m->values.value(1) : id);
    }
    return false;
}

} // namespace cpc
