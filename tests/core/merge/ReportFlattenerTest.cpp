#include "merge/ReportFlattener.h"

#include "edit/FieldValues.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("flattening names every value by the field path the editor uses", "[merge][flatten]")
{
    const Report r = test::sampleReport();
    const auto flat = ReportFlattener::flatten(r);
    CHECK(flat.value(QStringLiteral("sections/objective-1/body/en")).toString() ==
          r.section(QStringLiteral("objective-1"))->body.en());
    CHECK(flat.value(QStringLiteral("sections/objective-1/status")).toString() == QStringLiteral("drafting"));
    CHECK(flat.value(QStringLiteral("activities/1.1/responsible")).toArray() ==
          QJsonArray{QStringLiteral("RENACER")});
    CHECK(flat.value(QStringLiteral("indicators/1.1/actuals/1")).toDouble() == 312.0);
    CHECK(flat.value(QStringLiteral("indicators/1.1/disaggregation/1/sex/female")).toDouble() == 201.0);
    CHECK(flat.contains(QStringLiteral("report/reporting_year")));

    // Bookkeeping and ids are not values; comments are compared as a list elsewhere.
    for (const QString& key : flat.keys()) {
        INFO(key.toStdString());
        CHECK_FALSE(key.endsWith(QLatin1String("/stale")));
        CHECK_FALSE(key.endsWith(QLatin1String("/previous")));
        CHECK_FALSE(key.endsWith(QLatin1String("/id")));
        CHECK_FALSE(key.startsWith(QLatin1String("comments")));
        CHECK_FALSE(key.contains(QLatin1String("/activities/")));
    }
}

TEST_CASE("every flattened path reads back the same value through FieldValues", "[merge][flatten]")
{
    for (const Report& r : {test::sampleReport(), test::smallReport()}) {
        const auto flat = ReportFlattener::flatten(r);
        REQUIRE(flat.size() > 50);
        for (auto it = flat.begin(); it != flat.end(); ++it) {
            INFO(it.key().toStdString());
            CHECK(FieldValues::get(r, FieldPath::fromString(it.key())) == it.value());
        }
    }
}

TEST_CASE("a '/' inside an id or term stays inside its segment", "[merge][flatten]")
{
    Report r = test::smallReport();
    r.glossary[0].term = BiText(QStringLiteral("Victim/survivor"), QStringLiteral("Víctima/sobreviviente"));
    const auto flat = ReportFlattener::flatten(r);
    const QString key = QStringLiteral("glossary/Victim%2Fsurvivor/term/es");
    REQUIRE(flat.contains(key));
    CHECK(FieldPath::fromString(key).at(1) == QStringLiteral("Victim/survivor"));
    CHECK(flat.value(key).toString() == QStringLiteral("Víctima/sobreviviente"));
}
