#pragma once

#include <QCoreApplication>
#include <QString>

namespace cpc {

// Where a piece of the report stands in review: not_started → drafting → submitted → returned → approved.
struct Workflow {
    Q_DECLARE_TR_FUNCTIONS(cpc::Workflow)
public:
    // A status as people say it, in the interface's language ("Drafting", "En redacción"); the id is
    // for files and scripts. An unknown id is shown as it is.
    static QString statusName(const QString& id);

    QString status = QStringLiteral("not_started");
    QString reason; // why it was returned; empty otherwise

    bool isApproved() const { return status == QLatin1String("approved"); }
    bool operator==(const Workflow&) const = default;
};

} // namespace cpc
