#include "ContributionFixture.h"

#include "UiTestSupport.h"
#include "merge/ContributionRequest.h"

namespace cpc::test {

void makeRequest(const QString& report, const QString& entity, const QString& out, const QString& note,
                 const QString& due)
{
    auto doc = ReportDocument::open(report);
    REQUIRE(doc.ok());
    auto request =
        ContributionRequest::create(*doc.value(), entity, out, note, due, QStringLiteral("Ana (MOI)"));
    INFO((request.ok() ? QString() : request.error().toString()).toStdString());
    REQUIRE(request.ok());
}

QString applyTo(const QString& path, const QList<FieldChange>& changes, const QString& author,
                bool restricted)
{
    auto doc = ReportDocument::open(path);
    REQUIRE(doc.ok());
    if (restricted) ContributionRequest::restrictEdits(*doc.value(), author);
    const Status s = doc.value()->apply(ChangeSet{changes, author, ChangeOrigin::Apply});
    return s ? QString() : s.error().toString();
}

} // namespace cpc::test
