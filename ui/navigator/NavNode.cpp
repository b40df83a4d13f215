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

NavNode NavNode::forPath(const FieldPath& path, const Report& report)
{
    const QString head = path.at(0);
    if (head == QLatin1String("sections") && report.section(path.at(1))) {
        // sections/SID/activities/AID names an activity created under its section.
        if (path.at(2) == QLatin1String("activities") && report.activity(path.at(3)))
            return NavNode{NodeKind::Activity, path.at(3)};
        return NavNode{NodeKind::Section, path.at(1)};
    }
    if (head == QLatin1String("activities") && report.activity(path.at(1))) return NavNode{NodeKind::Activity, path.at(1)};
    if (head == QLatin1String("indicators"))
        return report.indicator(path.at(1)) ? NavNode{NodeKind::Indicator, path.at(1)} : NavNode{NodeKind::IndicatorsRoot, {}};
    if (head == QLatin1String("glossary")) return NavNode{NodeKind::Glossary, {}};
    if (head == QLatin1String("entities")) return NavNode{NodeKind::Entities, {}};
    return NavNode{NodeKind::Cover, {}};
}

} // namespace cpc
