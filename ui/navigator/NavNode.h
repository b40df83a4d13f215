#pragma once

#include "model/FieldPath.h"

#include <QString>

namespace cpc {

struct Report;

// What a navigator row stands for. Pages are chosen by kind (MainWindow::registerPage).
enum class NodeKind {
    Cover,              // the report's cover details
    Section,            // a section (objective sections hold their activities)
    Activity,           // an activity under an objective section
    IndicatorsRoot,     // all indicators
    IndicatorObjective, // the indicators of one objective (id = the objective's number)
    Indicator,
    Glossary,
    Entities,
};

// A navigator row: its kind and the id of the object (empty for the fixed rows).
struct NavNode {
    NodeKind kind = NodeKind::Cover;
    QString id;

    // The object path the node edits: report, sections/ID, activities/ID, indicators/ID, glossary, entities.
    FieldPath path() const;
    // The node a path names, read off the path alone (sections/ID/body → that section); for paths known
    // to name existing parts, such as ReportTexts gives.
    static NavNode ownerOf(const FieldPath& path);
    // The same for a changed field, checked against the report: a part that no longer exists falls back
    // to its section, the indicators, or the cover.
    static NavNode forPath(const FieldPath& path, const Report& report);
    bool operator==(const NavNode&) const = default;
};

} // namespace cpc
