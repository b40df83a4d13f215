#include "MergeTestSupport.h"

#include "edit/FieldValues.h"

#include <catch2/catch.hpp>

namespace cpc::test {

MergeFixture::MergeFixture()
{
    auto doc =
        ReportDocument::create(dir.path("report.cpcreport"), sampleReport(), {}, QStringLiteral("MOI"));
    REQUIRE(doc);
    coordinator = doc.take();
}

QString MergeFixture::request(const QString& entity, const QString& name)
{
    const QString path = dir.path(name);
    auto r =
        ContributionRequest::create(*coordinator, entity, path, QStringLiteral("Please update your parts."),
                                    QStringLiteral("2024-03-15"), QStringLiteral("MOI"));
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r);
    return path;
}

std::unique_ptr<ReportDocument> MergeFixture::openAsPartner(const QString& path, const QString& actingEntity)
{
    auto doc = ReportDocument::open(path);
    REQUIRE(doc);
    ContributionRequest::restrictEdits(*doc.value(), actingEntity);
    return doc.take();
}

ChangeSet edit(const QString& path, const QJsonValue& v, const QString& author, ChangeOrigin origin)
{
    return ChangeSet{{FieldChange{FieldPath::fromString(path), v}}, author, origin};
}

QJsonValue valueOf(const ReportDocument& doc, const QString& path)
{
    return FieldValues::get(doc.report(), FieldPath::fromString(path));
}

} // namespace cpc::test
