#include "model/FieldLocks.h"

#include "model/BreakdownUse.h"
#include "model/FieldSchema.h"

namespace cpc {

std::optional<QString> FieldLocks::lockedBy(const Report& r, const FieldPath& path)
{
    const std::optional<FieldMatch> m = FieldSchema::match(path);
    if (!m) return std::nullopt;
    const QString id = m->id();
    switch (m->spec->lock) {
    case FieldLock::Never:
        return std::nullopt;
    case FieldLock::OwnerApproved: {
        bool approved = false;
        if (m->spec->owner == FieldOwner::Section)
            approved = r.section(id) && r.section(id)->review.isApproved();
        if (m->spec->owner == FieldOwner::Activity)
            approved = r.activity(id) && r.activity(id)->review.isApproved();
        if (m->spec->owner == FieldOwner::Indicator)
            approved = r.indicator(id) && r.indicator(id)->review.isApproved();
        return approved ? std::optional<QString>(id) : std::nullopt;
    }
    case FieldLock::UserApproved: {
        const bool ofCategory =
            m->kind() == FieldKind::BreakdownCategory || m->kind() == FieldKind::BreakdownCategoryLabel;
        for (const QString& user :
             BreakdownUse::indicators(r, id, ofCategory ? m->values.value(1) : QString()))
            if (const Indicator* i = r.indicator(user); i && i->review.isApproved()) return user;
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace cpc
