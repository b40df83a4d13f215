#pragma once

#include "merge/ContributionRequest.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"

#include <memory>

namespace cpc::test {

// The coordinator's report (the shared sample, as MOI) in a temp folder, and helpers to play a partner.
struct MergeFixture {
    TempDir dir;
    std::unique_ptr<ReportDocument> coordinator;

    MergeFixture();
    // Writes a request file for `entity` and returns its path.
    QString request(const QString& entity, const QString& name);
    // Opens a contribution file as its partner would (edits limited to the entity's parts).
    std::unique_ptr<ReportDocument> openAsPartner(const QString& path,
                                                  const QString& actingEntity = QString());
};

ChangeSet edit(const QString& path, const QJsonValue& v, const QString& author,
               ChangeOrigin origin = ChangeOrigin::Edit);
// The JSON form of a text side, as the report holds it now.
QJsonValue valueOf(const ReportDocument& doc, const QString& path);

} // namespace cpc::test
