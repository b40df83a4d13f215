#include "navigator/ReviewTarget.h"

#include "common/EntityLabel.h"
#include "common/UiLanguage.h"
#include "model/Paths.h"

#include <QCoreApplication>

namespace cpc {

std::optional<ReviewTarget> ReviewTarget::of(const NavNode& node, const Report& r)
{
    ReviewTarget t;
    t.node = node;
    const QString id = node.id;
    if (node.kind == NodeKind::Section) {
        const Section* s = r.section(id);
        if (!s) return std::nullopt;
        t.statusPath = Paths::sectionStatus(id);
        t.reasonPath = Paths::sectionReturnReason(id);
        t.assignedPath = Paths::sectionAssignedTo(id);
        t.title = UiLanguage::pick(s->title.en(), s->title.es());
        t.review = s->review;
        t.assigned = s->assignedTo;
    } else if (node.kind == NodeKind::Activity) {
        const Activity* a = r.activity(id);
        if (!a) return std::nullopt;
        t.statusPath = Paths::activityReviewStatus(id);
        t.reasonPath = Paths::activityReviewReason(id);
        t.assignedPath = Paths::activityResponsible(id);
        t.title = ReviewTarget::tr("Activity %1: %2").arg(id, UiLanguage::pick(a->title.en(), a->title.es()));
        t.review = a->review;
        t.assigned = a->responsible;
    } else if (node.kind == NodeKind::Indicator) {
        const Indicator* i = r.indicator(id);
        if (!i) return std::nullopt;
        t.statusPath = Paths::indicatorReviewStatus(id);
        t.reasonPath = Paths::indicatorReviewReason(id);
        t.assignedPath = Paths::indicatorResponsible(id);
        t.title = ReviewTarget::tr("Indicator %1: %2").arg(id, UiLanguage::pick(i->name.en(), i->name.es()));
        t.review = i->review;
        t.assigned = i->responsible;
    } else {
        return std::nullopt;
    }
    return t;
}

QString ReviewTarget::entityName(const Report& r, const QString& id)
{
    return EntityLabel::of(r, id);
}

} // namespace cpc
