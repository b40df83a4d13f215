#include "storage/ReportDocument.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::TempDir;

namespace {
ChangeSet edit(const QString& path, const QJsonValue& v, const QString& author)
{
    return ChangeSet{{FieldChange{FieldPath::fromString(path), v}}, author, ChangeOrigin::Edit};
}
} // namespace

TEST_CASE("history records who changed what, from what to what", "[history]")
{
    TempDir dir;
    auto doc =
        ReportDocument::create(dir.path("r.cpcreport"), test::smallReport(), {}, QStringLiteral("MOI"));
    REQUIRE(doc);
    ReportDocument& d = *doc.value();
    const qint64 start = d.revision();
    REQUIRE(d.apply(
        edit("activities/2.1/body/es", QStringLiteral("La FUPAD mapeó servicios."), QStringLiteral("PADF"))));
    REQUIRE(d.apply(edit("indicators/2.1/actuals/1", 170, QStringLiteral("ICBF"))));
    REQUIRE(
        d.apply(edit("indicators/2.1/actuals/1", 170, QStringLiteral("ICBF")))); // no change: not recorded

    const auto all = d.history(FieldPath(), -1);
    REQUIRE(all.size() == 3); // creation + two edits
    const auto act = d.history(FieldPath::fromString(QStringLiteral("activities/2.1")), -1);
    REQUIRE(act.size() == 1);
    CHECK(act[0].author == QStringLiteral("PADF"));
    CHECK(act[0].oldValue.toString().isEmpty());
    CHECK(act[0].newValue.toString() == QStringLiteral("La FUPAD mapeó servicios."));
    const auto ind = d.history(FieldPath::fromString(QStringLiteral("indicators/2.1/actuals/1")), -1);
    REQUIRE(ind.size() == 1);
    CHECK(ind[0].oldValue.toDouble() == 163.0);
    CHECK(ind[0].newValue.toDouble() == 170.0);
    CHECK(ind[0].id > start);

    // The value a field had at a revision, and restoring it is an ordinary recorded edit.
    const FieldPath p = FieldPath::fromString(QStringLiteral("indicators/2.1/actuals/1"));
    CHECK(d.valueAt(p, start).toDouble() == 163.0);
    CHECK(d.valueAt(p, d.revision()).toDouble() == 170.0);
    REQUIRE(d.apply(
        ChangeSet{{FieldChange{p, d.valueAt(p, start)}}, QStringLiteral("MOI"), ChangeOrigin::Restore}));
    CHECK(d.report().indicator(QStringLiteral("2.1"))->actuals.value(1) == 163.0);
    CHECK(d.history(p, -1).size() == 2);
}

TEST_CASE("changes made together share a group", "[history]")
{
    TempDir dir;
    auto doc = ReportDocument::create(dir.path("r.cpcreport"), test::smallReport(), {});
    REQUIRE(doc);
    REQUIRE(doc.value()->apply(
        ChangeSet{{FieldChange{FieldPath::fromString(QStringLiteral("indicators/2.1/targets/3")), 200},
                   FieldChange{FieldPath::fromString(QStringLiteral("indicators/2.1/targets/4")), 220}},
                  QStringLiteral("MOI"),
                  ChangeOrigin::Import}));
    const auto h = doc.value()->history(FieldPath::fromString(QStringLiteral("indicators/2.1")), -1);
    REQUIRE(h.size() == 2);
    CHECK(h[0].group == h[1].group);
    CHECK(h[0].origin == ChangeOrigin::Import);
}
