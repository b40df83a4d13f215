#include "navigator/ReviewTarget.h"

#include "common/EntityLabel.h"
#include "common/UiLanguage.h"

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
        t.kind = QStringLiteral("section");
        t.statusPath = FieldPath{QStringLiteral("sections"), id, QStringLiteral("status")};
        t.reasonPath = FieldPath{QStringLiteral("sections"), id, QStringLiteral("return_reason")};
        t.assignedPath = FieldPath{QStringLiteral("sections"), id, QStringLiteral("assigned_to")};
        t.title = UiLanguage::pick(s->title.en(), s->title.es());
        t.review = s->review;
        t.assigned = s->assignedTo;
    } else if (node.kind == NodeKind::Activity) {
        const Activity* a = r.activity(id);
        if (!a) return std::nullopt;
        t.kind = QStringLiteral("activity");
        t.statusPath = FieldPath{QStringLiteral("activities"), id, QStringLiteral("review_status")};
        t.reasonPath = FieldPath{QStringLiteral("activities"), id, QStringLiteral("review_reason")};
        t.assignedPath = FieldPath{QStringLiteral("activities"), id, QStringLiteral("responsible")};
        t.title = QCoreApplication::translate("cpc::ReviewTarget", "Activity %1: %2")
                      .arg(id, UiLanguage::pick(a->title.en(), a->title.es()));
        t.review = a->review;
        t.assigned = a->responsible;
    } else if (node.kind == NodeKind::Indicator) {
        const Indicator* i = r.indicator(id);
        if (!i) return std::nullopt;
        t.kind = QStringLiteral("indicator");
        t.statusPath = FieldPath{QStringLiteral("indicators"), id, QStringLiteral("review_status")};
        t.reasonPath = FieldPath{QStringLiteral("indicators"), id, QStringLiteral("review_reason")};
        t.assignedPath = FieldPath{QStringLiteral("indicators"), id, QStringLiteral("responsible")};
        t.title = QCoreApplication::translate("cpc::ReviewTarget", "Indicator %1: %2")
                      .arg(id, UiLanguage::pick(i->name.en(), i->name.es()));
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
