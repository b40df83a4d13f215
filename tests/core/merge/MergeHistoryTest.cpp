#include "MergeTestSupport.h"
#include "merge/MergePlanner.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

TEST_CASE("history tells who wrote a merged text, and restoring an earlier version is a recorded edit",
          "[merge][history]")
{
    MergeFixture f;
    const FieldPath body = FieldPath::fromString(QStringLiteral("activities/1.2/body/en"));
    const QString original = f.coordinator->report().activity(QStringLiteral("1.2"))->body.en();
    const qint64 atRequest = f.coordinator->revision();
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    {
        auto partner = f.openAsPartner(path);
        REQUIRE(partner->apply(
            edit("activities/1.2/body/en", QStringLiteral("First draft."), QStringLiteral("RENACER"))));
        REQUIRE(partner->apply(
            edit("activities/1.2/body/en", QStringLiteral("Second draft."), QStringLiteral("RENACER"))));
        // The partner's own file records its edits too.
        const auto own = partner->history(body);
        REQUIRE(own.size() == 2);
        CHECK(own[1].oldValue.toString() == QStringLiteral("First draft."));
    }
    auto plan = MergePlanner::plan(*f.coordinator, path);
    REQUIRE(plan);
    REQUIRE(MergePlanner::apply(*f.coordinator, plan.value()));

    auto h = f.coordinator->history(body);
    REQUIRE(h.size() == 1);
    CHECK(h[0].author == QStringLiteral("RENACER"));
    CHECK(h[0].origin == ChangeOrigin::Merge);
    CHECK(h[0].oldValue.toString() == original);
    CHECK(h[0].newValue.toString() == QStringLiteral("Second draft."));
    CHECK(h[0].at.isValid());
    CHECK(qAbs(h[0].at.secsTo(QDateTime::currentDateTimeUtc())) < 3600);

    // Restore the text as it was when the request was made: an ordinary edit, itself in the history.
    const QJsonValue earlier = f.coordinator->valueAt(body, atRequest);
    CHECK(earlier.toString() == original);
    REQUIRE(f.coordinator->apply(
        ChangeSet{{FieldChange{body, earlier}}, QStringLiteral("MOI"), ChangeOrigin::Restore}));
    CHECK(f.coordinator->report().activity(QStringLiteral("1.2"))->body.en() == original);
    h = f.coordinator->history(body);
    REQUIRE(h.size() == 2);
    CHECK(h[1].author == QStringLiteral("MOI"));
    CHECK(h[1].origin == ChangeOrigin::Restore);
    CHECK(h[1].oldValue.toString() == QStringLiteral("Second draft."));
    CHECK(h[1].newValue.toString() == original);
    // And the merged version is still there to go back to.
    CHECK(f.coordinator->valueAt(body, h[0].id).toString() == QStringLiteral("Second draft."));

    // Merging the same contribution again does not undo the restore: that answer was already decided.
    auto again = MergePlanner::plan(*f.coordinator, path);
    REQUIRE(again);
    CHECK(again.value().items.isEmpty());
    CHECK(again.value().alreadyMerged == 1);
    const qint64 rev = f.coordinator->revision();
    REQUIRE(MergePlanner::apply(*f.coordinator, again.value()));
    CHECK(f.coordinator->revision() == rev);
    CHECK(f.coordinator->report().activity(QStringLiteral("1.2"))->body.en() == original);
}

TEST_CASE("a merge records each field as written by the person who wrote it in the partner's copy",
          "[merge][history][people]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    {
        auto partner = f.openAsPartner(path);
        REQUIRE(partner->apply(edit("activities/1.2/body/en", QStringLiteral("Laura's words."),
                                    QStringLiteral("Laura Gómez (RENACER)"))));
        REQUIRE(partner->apply(edit("activities/1.2/body/es", QStringLiteral("Palabras de Pedro."),
                                    QStringLiteral("Pedro Ruiz (RENACER)"))));
    }
    auto plan = MergePlanner::plan(*f.coordinator, path);
    REQUIRE(plan);
    CHECK(plan.value().contributors == QStringLiteral("Pedro Ruiz (RENACER), Laura Gómez (RENACER)"));
    REQUIRE(MergePlanner::apply(*f.coordinator, plan.value()));

    const auto en = f.coordinator->history(FieldPath::fromString(QStringLiteral("activities/1.2/body/en")));
    REQUIRE(en.size() == 1);
    CHECK(en[0].author == QStringLiteral("Laura Gómez (RENACER)"));
    CHECK(en[0].origin == ChangeOrigin::Merge);
    const auto es = f.coordinator->history(FieldPath::fromString(QStringLiteral("activities/1.2/body/es")));
    REQUIRE(es.size() == 1);
    CHECK(es[0].author == QStringLiteral("Pedro Ruiz (RENACER)"));
}

TEST_CASE("a name of another entity in the partner's history is not taken as the author",
          "[merge][history][people]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    {
        auto partner = f.openAsPartner(path);
        REQUIRE(partner->apply(
            edit("activities/1.2/body/en", QStringLiteral("Words."), QStringLiteral("Ana Pérez (MOI)"))));
    }
    auto plan = MergePlanner::plan(*f.coordinator, path);
    REQUIRE(plan);
    CHECK(plan.value().contributors == QStringLiteral("RENACER"));
    REQUIRE(MergePlanner::apply(*f.coordinator, plan.value()));
    const auto h = f.coordinator->history(FieldPath::fromString(QStringLiteral("activities/1.2/body/en")));
    REQUIRE(h.size() == 1);
    CHECK(h[0].author == QStringLiteral("RENACER"));
}
