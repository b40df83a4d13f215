#pragma once

#include "storage/ReportDocument.h"

#include <QCoreApplication>
#include <optional>

namespace cpc {

// A request for one entity's contribution. The request file is a copy of the whole report (for context)
// that says whose contribution it is and what is asked; the coordinator's file keeps a record of each
// request with the report as it was sent, which is what a returned contribution is compared against.
struct ContributionRequest {
    Q_DECLARE_TR_FUNCTIONS(cpc::ContributionRequest)
public:
    QString id;          // unique per request
    QString entity;      // entity id
    QString note;        // what is asked, in the coordinator's words
    QString due;         // YYYY-MM-DD, or empty
    QString requestedAt; // ISO 8601 UTC
    QString requestedBy;
    // The report's revision when the copy was made: edits in the copy after it are the partner's (-1 in
    // requests made before this was recorded).
    qint64 revision = -1;

    // Writes the request file at `outPath` (never overwriting) and records the request in `source`.
    static Result<ContributionRequest> create(ReportDocument& source, const QString& entity,
                                              const QString& outPath, const QString& note = QString(),
                                              const QString& due = QString(),
                                              const QString& author = QString());
    // The request a contribution file answers, if it is one.
    static std::optional<ContributionRequest> of(const ReportDocument& contribution);
    // The record kept in the coordinator's file for `requestId`, with the report as it was sent (JSON).
    static std::optional<ContributionRequest> recorded(const ReportDocument& source, const QString& requestId,
                                                       QByteArray* sentReportJson = nullptr);
    static QList<ContributionRequest> allRecorded(const ReportDocument& source);
    // In a contribution file, limits every edit to what its entity was asked for (edits made as another
    // entity are refused too). Does nothing to a file that is not a contribution.
    static void restrictEdits(ReportDocument& doc, const QString& actingEntity = QString());

    QByteArray toJson() const;
    static std::optional<ContributionRequest> fromJson(const QByteArray& json);
};

} // namespace cpc
