#include "model/Paths.h"

namespace cpc {

FieldPath Paths::ownerOf(const FieldMatch& m)
{
    switch (m.spec->owner) {
    case FieldOwner::Entity:
        return entity(m.id());
    case FieldOwner::Section:
        return section(m.id());
    case FieldOwner::Activity:
        return activity(m.id());
    case FieldOwner::Indicator:
        return indicator(m.id());
    case FieldOwner::Glossary:
        return glossaryEntry(m.id());
    case FieldOwner::BreakdownLabels:
        return breakdownDimension(m.id());
    case FieldOwner::Report:
    case FieldOwner::Comments:
        return FieldPath();
    }
    return FieldPath();
}

} // namespace cpc
