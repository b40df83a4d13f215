#include "navigator/NavNode.h"

#include "model/Report.h"

namespace cpc {

FieldPath NavNode::path() const
{
    switch (kind) {
    case NodeKind::Cover: return FieldPath{QStringLiteral("report")};
    case NodeKind::Section: return FieldPath{QStringLiteral("sections"), id};
    case NodeKind::Activity: return FieldPath{QStringLiteral("activities"), id};
    case NodeKind::Indicator: return FieldPath{QStringLiteral("indicators"), id};
    case NodeKind::IndicatorsRoot:
    case NodeKind::IndicatorObjective: return FieldPath{QStringLiteral("indicators")};
    case NodeKind::Glossary: return FieldPath{QStringLiteral("glossary")};
    case NodeKind::Entities: return FieldPath{QStringLiteral("entities")};
    }
    return FieldPath();
}

NavNode NavNode::ownerOf(const FieldPath& path)
{
    const QString head = path.at(0);
    if (head == QLatin1String("sections")) {
        // sections/SID/activities/AID names an activity created under its section.
        if (path.at(2) == QLatin1String("activities") && !path.at(3).isEmpty()) return NavNode{NodeKind::Activity, path.at(3)};
        return NavNode{NodeKind::Section, path.at(1)};
    }
    if (head == QLatin1String("activities")) return NavNode{NodeKind::Activity, path.at(1)};
    if (head == QLatin1String("indicators"))
        return path.at(1).isEmpty() ? NavNode{NodeKind::IndicatorsRoot, {}} : NavNode{NodeKind::Indicator, path.at(1)};
    if (head == QLatin1String("glossary")) return NavNode{NodeKind::Glossary, {}};
    if (head == QLatin1String("entities")) return NavNode{NodeKind::Entities, {}};
    return NavNode{NodeKind::Cover, {}};
}

NavNode NavNode::forPath(const FieldPath& path, const Report& report)
{
    const NavNode owner = ownerOf(path);
    const bool inSection = path.at(0) == QLatin1String("sections");
    switch (owner.kind) {
    case NodeKind::Activity:
        if (report.activity(owner.id) && (!inSection || report.section(path.at(1)))) return owner;
        break;
    case NodeKind::Section:
        if (report.section(owner.id)) return owner;
        break;
    case NodeKind::Indicator: return report.indicator(owner.id) ? owner : NavNode{NodeKind::IndicatorsRoot, {}};
    default: return owner;
    }
    // A part that no longer exists: its section if that still does, else the cover.
    if (inSection && report.section(path.at(1))) return NavNode{NodeKind::Section, path.at(1)};
    return NavNode{NodeKind::Cover, {}};
}

} // namespace cpc
