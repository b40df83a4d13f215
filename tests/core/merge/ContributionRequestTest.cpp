#include "MergeTestSupport.h"

#include "json/ReportJsonWriter.h"
#include <QFileInfo>
#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

TEST_CASE("a request file says whose contribution it is and what is asked", "[merge][request]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    auto doc = ReportDocument::open(path, ReportDocument::Mode::ReadOnly);
    REQUIRE(doc);
    const auto asked = ContributionRequest::of(*doc.value());
    REQUIRE(asked);
    CHECK(asked->entity == QStringLiteral("RENACER"));
    CHECK(asked->note == QStringLiteral("Please update your parts."));
    CHECK(asked->due == QStringLiteral("2024-03-15"));
    CHECK(asked->requestedBy == QStringLiteral("MOI"));
    CHECK(QDateTime::fromString(asked->requestedAt, Qt::ISODate).isValid());
    // The whole report travels for context, with the same identity; no record of other requests does.
    CHECK(doc.value()->report() == f.coordinator->report());
    CHECK(doc.value()->reportUuid() == f.coordinator->reportUuid());
    CHECK(doc.value()->settingKeys(QStringLiteral("requests/")).isEmpty());

    // The coordinator keeps the request with the report as sent.
    QByteArray sent;
    const auto kept = ContributionRequest::recorded(*f.coordinator, asked->id, &sent);
    REQUIRE(kept);
    CHECK(kept->entity == QStringLiteral("RENACER"));
    CHECK(sent == ReportJsonWriter::write(f.coordinator->report()));
    CHECK_FALSE(ContributionRequest::of(*f.coordinator));

    f.request(QStringLiteral("ICBF"), QStringLiteral("icbf.cpcreport"));
    const auto all = ContributionRequest::allRecorded(*f.coordinator);
    REQUIRE(all.size() == 2);
    QStringList entities{all[0].entity, all[1].entity};
    entities.sort();
    CHECK(entities == QStringList{QStringLiteral("ICBF"), QStringLiteral("RENACER")});
    CHECK(all[0].id != all[1].id);
}

TEST_CASE("a request is refused with a reason, writing nothing", "[merge][request]")
{
    MergeFixture f;
    const auto refused = [&](const QString& entity, const QString& name, const QString& due,
                             const QString& where) {
        auto r = ContributionRequest::create(*f.coordinator, entity, f.dir.path(name), QString(), due);
        REQUIRE_FALSE(r);
        CHECK(r.error().where == where);
        CHECK_FALSE(r.error().message.isEmpty());
        CHECK_FALSE(QFileInfo::exists(f.dir.path(name)));
    };
    refused(QStringLiteral("NOBODY"), QStringLiteral("a.cpcreport"), QString(), QStringLiteral("--entity"));
    refused(QStringLiteral("MFA"), QStringLiteral("b.cpcreport"), QString(),
            QStringLiteral("--entity")); // nothing assigned
    refused(QStringLiteral("RENACER"), QStringLiteral("c.cpcreport"), QStringLiteral("15/03/2024"),
            QStringLiteral("--due"));
    CHECK(ContributionRequest::allRecorded(*f.coordinator).isEmpty());

    // Never over an existing file.
    const QString taken = f.request(QStringLiteral("RENACER"), QStringLiteral("r.cpcreport"));
    auto again = ContributionRequest::create(*f.coordinator, QStringLiteral("RENACER"), taken);
    REQUIRE_FALSE(again);
    CHECK(again.error().where == taken);

    // A contribution does not make requests of its own.
    auto partner = f.openAsPartner(taken);
    auto nested = ContributionRequest::create(*partner, QStringLiteral("RENACER"), f.dir.path("n.cpcreport"));
    REQUIRE_FALSE(nested);
    CHECK_FALSE(QFileInfo::exists(f.dir.path("n.cpcreport")));
}

TEST_CASE("in a contribution only the entity's parts can change, as that entity", "[merge][request]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    auto partner = f.openAsPartner(path, QStringLiteral("RENACER"));
    const qint64 start = partner->revision();

    REQUIRE(partner->apply(
        edit("sections/objective-1/body/en", QStringLiteral("Renacer's text."), QStringLiteral("RENACER"))));
    REQUIRE(partner->apply(edit("indicators/1.1/actuals/1", 330, QStringLiteral("RENACER"))));
    REQUIRE(partner->apply(
        edit("sections/objective-1/status", QStringLiteral("submitted"), QStringLiteral("RENACER"))));
    const qint64 afterOwn = partner->revision();
    CHECK(afterOwn > start);

    // Outside the scope: refused, naming the field, and nothing of the set is applied.
    const Report before = partner->report();
    ChangeSet mixed{{FieldChange{FieldPath::fromString(QStringLiteral("activities/1.1/body/en")),
                                 QStringLiteral("Mine.")},
                     FieldChange{FieldPath::fromString(QStringLiteral("sections/objective-2/body/en")),
                                 QStringLiteral("Not mine.")}},
                    QStringLiteral("RENACER"),
                    ChangeOrigin::Apply};
    Status s = partner->apply(mixed);
    REQUIRE_FALSE(s);
    CHECK(s.error().where == QStringLiteral("sections/objective-2/body/en"));
    CHECK(s.error().message.contains(QStringLiteral("RENACER")));
    CHECK(partner->report() == before);
    CHECK(partner->revision() == afterOwn);

    for (const auto& [field, value] : std::initializer_list<std::pair<const char*, QJsonValue>>{
             {"sections/objective-1/status", QStringLiteral("approved")},
             {"indicators/1.1/targets/1", 500},
             {"indicators/2.1/actuals/1", 1},
             {"activities/1.1/responsible", QJsonArray{QStringLiteral("MOI")}},
             {"report/title/en", QStringLiteral("Hijacked")}}) {
        Status refused = partner->apply(edit(QString::fromUtf8(field), value, QStringLiteral("RENACER")));
        INFO(field);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().where == QString::fromUtf8(field));
    }
    CHECK(partner->report() == before);

    // Comments: its own are added; someone else's words cannot be written in.
    QJsonArray comments;
    for (const Comment& c : before.comments)
        comments.append(ReportJsonWriter::toJson(c));
    QJsonArray withOwn = comments;
    withOwn.append(ReportJsonWriter::toJson(
        Comment{QStringLiteral("activity"), QStringLiteral("1.1"), QStringLiteral("RENACER"),
                QStringLiteral("2024-02-01T09:00:00Z"), QStringLiteral("Updated."), false}));
    REQUIRE(partner->apply(edit("comments", withOwn, QStringLiteral("RENACER"))));
    QJsonArray forged = withOwn;
    forged.append(ReportJsonWriter::toJson(
        Comment{QStringLiteral("section"), QStringLiteral("objective-1"), QStringLiteral("MOI"),
                QStringLiteral("2024-02-02T09:00:00Z"), QStringLiteral("Approved."), false}));
    Status s2 = partner->apply(edit("comments", forged, QStringLiteral("RENACER")));
    REQUIRE_FALSE(s2);
    CHECK(s2.error().where == QStringLiteral("comments"));
    CHECK(partner->report().comments.size() == 2);
}

TEST_CASE("a contribution cannot be edited as another entity", "[merge][request]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    auto partner = f.openAsPartner(path, QStringLiteral("ICBF"));
    Status s =
        partner->apply(edit("sections/objective-1/body/en", QStringLiteral("x"), QStringLiteral("ICBF")));
    REQUIRE_FALSE(s);
    CHECK(s.error().message.contains(QStringLiteral("RENACER")));
    CHECK(partner->report() == f.coordinator->report());
}

TEST_CASE("restricting edits does nothing to a report that is not a contribution", "[merge][request]")
{
    MergeFixture f;
    ContributionRequest::restrictEdits(*f.coordinator, QStringLiteral("RENACER"));
    REQUIRE(f.coordinator->apply(
        edit("sections/objective-2/body/en", QStringLiteral("Coordinator text."), QStringLiteral("MOI"))));
    CHECK(f.coordinator->report().section(QStringLiteral("objective-2"))->body.en() ==
          QStringLiteral("Coordinator text."));
}

TEST_CASE("a request record survives its JSON and refuses one without id or entity", "[merge][request]")
{
    ContributionRequest r{QStringLiteral("id-1"),
                          QStringLiteral("PADF"),
                          QStringLiteral("Nota: ñ"),
                          QStringLiteral("2024-01-31"),
                          QStringLiteral("2024-01-01T00:00:00Z"),
                          QStringLiteral("MOI")};
    const auto back = ContributionRequest::fromJson(r.toJson());
    REQUIRE(back);
    CHECK(back->id == r.id);
    CHECK(back->entity == r.entity);
    CHECK(back->note == r.note);
    CHECK(back->due == r.due);
    CHECK(back->requestedAt == r.requestedAt);
    CHECK(back->requestedBy == r.requestedBy);
    CHECK_FALSE(ContributionRequest::fromJson("{\"id\": \"x\"}"));
    CHECK_FALSE(ContributionRequest::fromJson("not json"));
    CHECK_FALSE(ContributionRequest::fromJson("[1, 2]"));
}
