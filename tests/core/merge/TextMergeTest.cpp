#include "merge/TextMerge.h"

#include "MergeTestSupport.h"
#include "merge/MergePlanner.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

TEST_CASE("a bullet added on each side: the combined version has both", "[merge][text]")
{
    const QString base = QStringLiteral("Highlights:\n\n- Routes reviewed.\n- Study started.");
    const QString mine = base + QStringLiteral("\n- Hotline extended.");
    const QString theirs = base + QStringLiteral("\n- 25 workshops held.");
    CHECK(TextMerge::combine(base, mine, theirs) ==
          base + QStringLiteral("\n- Hotline extended.\n- 25 workshops held."));
}

TEST_CASE("combining keeps each side's changes in their places", "[merge][text]")
{
    const QString base = QStringLiteral("A.\n\nB.\n\nC.");
    SECTION("the contributor adds after the first paragraph, the coordinator rewords the last")
    {
        CHECK(TextMerge::combine(base, QStringLiteral("A.\n\nB.\n\nC, reworded."),
                                 QStringLiteral("A.\n\nNew.\n\nB.\n\nC.")) ==
              QStringLiteral("A.\n\nNew.\n\nB.\n\nC, reworded."));
    }
    SECTION("a paragraph the contributor removed goes")
    {
        CHECK(TextMerge::combine(base, QStringLiteral("A.\n\nB.\n\nC.\n\nD."), QStringLiteral("A.\n\nC.")) ==
              QStringLiteral("A.\n\nC.\n\nD."));
    }
    SECTION("a paragraph both reworded is there in both wordings")
    {
        const QString out = TextMerge::combine(base, QStringLiteral("A.\n\nB mine.\n\nC."),
                                               QStringLiteral("A.\n\nB theirs.\n\nC."));
        CHECK(out.contains(QStringLiteral("B mine.")));
        CHECK(out.contains(QStringLiteral("B theirs.")));
        CHECK(out.startsWith(QStringLiteral("A.\n\n")));
        CHECK(out.contains(QStringLiteral("B mine.\n\nB theirs.")));
        CHECK(out.endsWith(QStringLiteral("\n\nC.")));
    }
    SECTION("the same new line written by both appears once")
    {
        CHECK(TextMerge::combine(base, base + QStringLiteral("\n\nD."), base + QStringLiteral("\n\nD.")) ==
              base + QStringLiteral("\n\nD."));
    }
    SECTION("empty sent text")
    {
        CHECK(TextMerge::combine(QString(), QStringLiteral("Mine."), QStringLiteral("Theirs.")) ==
              QStringLiteral("Mine.\n\nTheirs."));
    }
}

TEST_CASE("a conflict resolved with a combined version is recorded and not asked again", "[merge][text]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("ICBF"), QStringLiteral("icbf.cpcreport"));
    const QString sent = f.coordinator->report().section(QStringLiteral("objective-2"))->body.en();
    {
        auto partner = f.openAsPartner(path);
        REQUIRE(partner->apply(edit("sections/objective-2/body/en",
                                    sent + QStringLiteral("\n\n- ICBF: 12 homes."), QStringLiteral("ICBF"))));
    }
    REQUIRE(f.coordinator->apply(edit("sections/objective-2/body/en",
                                      sent + QStringLiteral("\n\n- MOI: 3 routes."), QStringLiteral("MOI"))));
    auto plan = MergePlanner::plan(*f.coordinator, path);
    REQUIRE(plan);
    REQUIRE(plan.value().items.size() == 1);
    const MergeItem& item = plan.value().items[0];
    REQUIRE(item.kind == MergeItem::Kind::Conflict);
    const QString both =
        TextMerge::combine(item.requested.toString(), item.current.toString(), item.returned.toString());
    CHECK(both.contains(QStringLiteral("- MOI: 3 routes.")));
    CHECK(both.contains(QStringLiteral("- ICBF: 12 homes.")));

    REQUIRE(MergePlanner::apply(*f.coordinator, plan.value(), {}, {}, {{0, QJsonValue(both)}}));
    CHECK(f.coordinator->report().section(QStringLiteral("objective-2"))->body.en() == both);
    const auto h =
        f.coordinator->history(FieldPath::fromString(QStringLiteral("sections/objective-2/body/en")));
    CHECK(std::any_of(h.cbegin(), h.cend(), [&](const HistoryEntry& e) {
        return e.origin == ChangeOrigin::Merge && e.author == QStringLiteral("ICBF") &&
               e.newValue.toString() == both;
    }));
    auto again = MergePlanner::plan(*f.coordinator, path);
    REQUIRE(again);
    CHECK(again.value().isEmpty());
}
