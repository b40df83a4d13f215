#include "navigator/NavNode.h"

#include "model/Paths.h"
#include "model/Report.h"

namespace cpc {

FieldPath NavNode::path() const
{
    switch (kind) {
    case NodeKind::Cover:
        return Paths::report();
    case NodeKind::Section:
        return Paths::section(id);
    case NodeKind::Activity:
        return Paths::activity(id);
    case NodeKind::Indicator:
        return Paths::indicator(id);
    case NodeKind::IndicatorsRoot:
    case NodeKind::IndicatorObjective:
        return Paths::list(FieldKind::Indicator);
    case NodeKind::Glossary:
        return Paths::list(FieldKind::GlossaryEntry);
    case NodeKind::Entities:
        return Paths::list(FieldKind::Entity);
    }
    return FieldPath();
}

NavNode NavNode::ownerOf(const FieldPath& path)
{
    const std::optional<FieldMatch> m = FieldSchema::matchWithin(path);
    if (!m)
        return path == Paths::list(FieldKind::Indicator) ? NavNode{NodeKind::IndicatorsRoot, {}}
                                                         : NavNode{NodeKind::Cover, {}};
    // sections/SID/activities/AID names an activity created under its section.
    if (m->kind() == FieldKind::SectionActivity) return NavNode{NodeKind::Activity, m->values.value(1)};
    switch (m->spec->owner) {
    case FieldOwner::Section:
        return NavNode{NodeKind::Section, m->id()};
    case FieldOwner::Activity:
        return NavNode{NodeKind::Activity, m->id()};
    case FieldOwner::Indicator:
        return NavNode{NodeKind::Indicator, m->id()};
    case FieldOwner::Glossary:
        return NavNode{NodeKind::Glossary, {}};
    case FieldOwner::Entity:
        return NavNode{NodeKind::Entities, {}};
    case FieldOwner::Report:
    case FieldOwner::BreakdownLabels:
    case FieldOwner::Comments:
        break;
    }
    return NavNode{NodeKind::Cover, {}};
}

NavNode NavNode::forPath(const FieldPath& path, const Report& report)
{
    const NavNode owner = ownerOf(path);
    const std::optional<FieldMatch> m = FieldSchema::matchWithin(path);
    // The section a part lies in, when its path says (an activity created under it).
    const QString section = m && m->spec->owner == FieldOwner::Section ? m->id() : QString();
    switch (owner.kind) {
    case NodeKind::Activity:
        if (report.activity(owner.id) && (section.isEmpty() || report.section(section))) return owner;
        break;
    case NodeKind::Section:
        if (report.section(owner.id)) return owner;
        break;
    case NodeKind::Indicator:
        return report.indicator(owner.id) ? owner : NavNode{NodeKind::IndicatorsRoot, {}};
    default:
        return owner;
    }
    // A part that no longer exists: its section if that still does, else the cover.
    if (!section.isEmpty() && report.section(section)) return NavNode{NodeKind::Section, section};
    return NavNode{NodeKind::Cover, {}};
}

} // namespace cpc
