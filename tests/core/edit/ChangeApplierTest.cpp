#include "edit/ChangeApplier.h"

#include "edit/FieldValues.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {
Status change(Report& r, const QString& path, const QJsonValue& v, TouchedObjects* t = nullptr)
{
    TouchedObjects local;
    ChangeApplier a(r, t ? *t : local);
    return a.apply(FieldChange{FieldPath::fromString(path), v}, 100);
}
} // namespace

TEST_CASE("indicator values, breakdowns and flags change one at a time", "[edit]")
{
    Report r = test::smallReport();
    TouchedObjects t;
    REQUIRE(change(r, "indicators/2.1/targets/3", 210, &t));
    REQUIRE(change(r, "indicators/2.1/disaggregation/1/sex/female", 121, &t));
    REQUIRE(change(r, "indicators/2.1/disaggregation/1/age_group/15-17", 40, &t));
    REQUIRE(change(r, "indicators/2.1/key", true, &t));
    REQUIRE(change(r, "indicators/2.1/cumulative", true, &t));
    const Indicator& i = *r.indicator(QStringLiteral("2.1"));
    CHECK(i.targets.value(3) == 210.0);
    CHECK(i.disaggregation.value(1)[0].categories[0].value == 121.0);
    CHECK(i.disaggregation.value(1)[1].dimension == QStringLiteral("age_group"));
    CHECK(i.key);
    CHECK(i.cumulative);
    CHECK(t.indicators.contains(QStringLiteral("2.1")));
    CHECK(t.sections.isEmpty());

    // null removes a category, and a dimension left empty goes with it.
    REQUIRE(change(r, "indicators/2.1/disaggregation/1/age_group/15-17", QJsonValue::Null));
    CHECK(r.indicator(QStringLiteral("2.1"))->disaggregation.value(1).size() == 1);
    // A cleared actual stays as "not reported yet".
    REQUIRE(change(r, "indicators/2.1/actuals/1", QJsonValue::Null));
    CHECK(r.indicator(QStringLiteral("2.1"))->actuals.contains(1));
    CHECK_FALSE(r.indicator(QStringLiteral("2.1"))->actuals.value(1).has_value());
}

TEST_CASE("the value at a path reads back what a change wrote", "[edit]")
{
    Report r = test::smallReport();
    REQUIRE(change(r, "activities/2.1/trafficking_types",
                   QJsonArray{QStringLiteral("online"), QStringLiteral("begging")}));
    CHECK(FieldValues::get(r, FieldPath::fromString(QStringLiteral("activities/2.1/trafficking_types"))) ==
          QJsonArray{QStringLiteral("online"), QStringLiteral("begging")});
    CHECK(FieldValues::get(r, FieldPath::fromString(QStringLiteral("indicators/2.1/actuals/1"))).toDouble() ==
          163.0);
    CHECK(FieldValues::get(r, FieldPath::fromString(QStringLiteral("sections/objective-2/title/es")))
              .toString() == QStringLiteral("Objetivo 2: Protección"));
    CHECK(FieldValues::get(r, FieldPath::fromString(QStringLiteral("report/period/start"))).toString() ==
          QStringLiteral("2022-04-26"));
    CHECK(
        FieldValues::get(r, FieldPath::fromString(QStringLiteral("indicators/9.9/actuals/1"))).isUndefined());
}

TEST_CASE("wrong values are refused with the path", "[edit]")
{
    Report r = test::smallReport();
    const QList<QPair<QString, QJsonValue>> bad = {
        {"indicators/2.1/unit", QStringLiteral("furlongs")},
        {"indicators/2.1/direction", 1},
        {"indicators/2.1/targets/x", 1},
        {"indicators/2.1/actuals/1", QStringLiteral("12")},
        {"indicators/2.1/objective", 5},
        {"indicators/2.1/colour", 1},
        {"sections/executive-summary/assigned_to", QStringLiteral("MOI")},
        {"sections/executive-summary/objective", 2},
        {"activities/2.1/trafficking_types", QJsonArray{QStringLiteral("online"), QStringLiteral("online")}},
        {"report/reporting_year", 51},
        {"report/source_language", QStringLiteral("fr")},
        {"report/prepared_by", QStringLiteral("NOBODY")},
        {"glossary/Child/term/en", QString()},
        {"glossary/Nothing/term/en", QStringLiteral("x")},
        {"comments", QStringLiteral("x")},
    };
    for (const auto& [path, value] : bad) {
        INFO(path.toStdString());
        const Status s = change(r, path, value);
        REQUIRE_FALSE(s);
        CHECK(s.error().where == path);
    }
}
