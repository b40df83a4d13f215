#pragma once

#include <QString>

namespace cpc {

// A remark on a section, activity or indicator. Comments on the same place form its thread, in order.
struct Comment {
    QString targetKind = QStringLiteral("section"); // section | activity | indicator
    QString target;                                 // the id of that section, activity or indicator
    QString author;                                 // entity id
    QString at;                                     // ISO 8601 UTC, e.g. 2023-08-01T10:00:00Z
    QString text;
    bool resolved = false;

    bool operator==(const Comment&) const = default;
};

} // namespace cpc
