#pragma once

#include <QString>

namespace cpc {

// Where a piece of the report stands in review: not_started → drafting → submitted → returned → approved.
struct Workflow {
    QString status = QStringLiteral("not_started");
    QString reason; // why it was returned; empty otherwise

    bool isApproved() const { return status == QLatin1String("approved"); }
    bool operator==(const Workflow&) const = default;
};

} // namespace cpc
