#pragma once

#include "model/Report.h"
#include "navigator/NavNode.h"

#include <QCoreApplication>
#include <optional>

namespace cpc {

// A part of the report that has an owner and a review status: a section, an activity or an indicator,
// with the field paths its assignment and status live at. Workflow, comments and page locking all work
// on these three kinds of node and nothing else.
struct ReviewTarget {
    Q_DECLARE_TR_FUNCTIONS(cpc::ReviewTarget)
public:
    NavNode node;           // its kind: NodeKind::Section, Activity or Indicator
    FieldPath statusPath;   // sections/ID/status, activities/ID/review_status...
    FieldPath reasonPath;   // ...return_reason / review_reason
    FieldPath assignedPath; // sections/ID/assigned_to, activities|indicators/ID/responsible
    QString title;          // in the interface language
    Workflow review;
    QStringList assigned;

    // Nothing for the cover, the glossary, lists of indicators or a node no longer in the report.
    static std::optional<ReviewTarget> of(const NavNode& node, const Report& report);
    // The display name of an entity: its acronym in the interface language, or its id.
    static QString entityName(const Report& report, const QString& id);
};

} // namespace cpc
