#include "TemplateTestData.h"
#include "model/IndicatorProgress.h"
#include "support/TestSupport.h"

#include "json/ReportJsonReader.h"
#include <QSet>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

// resources/samples/sample-report.json: the program's own example, opened by "./build.sh run" and the
// first thing a new user sees. It must read, and show what the checks are for.
TEST_CASE("our sample report reads and is a realistic year 2", "[template][sample]")
{
    auto read = ReportJsonReader::read(readFile(ownSamplePath()), QStringLiteral("sample-report.json"));
    REQUIRE(read.ok());
    const Report& r = read.value();
    CHECK(r.info.reportingYear == 2);
    CHECK(r.info.templateId == QStringLiteral("colombia-cpc"));
    CHECK(r.info.periodStart == QStringLiteral("2023-04-26"));
    CHECK(r.info.periodEnd == QStringLiteral("2024-04-25"));

    QSet<QString> types;
    QSet<int> objectives;
    for (const Section& s : r.sections) {
        if (!s.isObjective()) continue;
        objectives.insert(s.objective);
        CHECK(s.activities.size() >= 2);
        CHECK(s.activities.size() <= 3);
        for (const Activity& a : s.activities)
            for (const QString& t : a.traffickingTypes)
                types.insert(t);
    }
    CHECK(objectives == QSet<int>{1, 2, 3, 4});
    CHECK(types.size() == 4);

    CHECK(r.indicators.size() >= 8);
    CHECK(r.indicators.size() <= 10);
    bool percent = false, decrease = false;
    for (const Indicator& i : r.indicators) {
        INFO(i.id.toStdString());
        percent |= i.unit == Unit::Percent;
        decrease |= i.direction == QStringLiteral("decrease");
        CHECK(i.hasBaseline);
        for (int y = 1; y <= 5; ++y)
            CHECK(i.targets.contains(y));
        CHECK(i.actuals.value(1).has_value());
        CHECK(i.actuals.value(2).has_value());
        // Breakdowns add up to the year's result, as the checks expect.
        for (auto it = i.disaggregation.cbegin(); it != i.disaggregation.cend(); ++it)
            for (const Disaggregation& d : it.value()) {
                double sum = 0;
                for (const DisaggregationCategory& c : d.categories)
                    sum += c.value;
                INFO("year " << it.key() << " " << d.dimension.toStdString());
                CHECK(sum == i.actuals.value(it.key()).value_or(-1));
            }
        // Off track by the threshold: an explanation in both languages (the sample's data is complete).
        for (int y = 1; y <= 2; ++y)
            if (IndicatorProgress::compute(i, y, 10).needsExplanation) {
                INFO("year " << y);
                CHECK_FALSE(i.varianceExplanation.value(y).en().isEmpty());
                CHECK_FALSE(i.varianceExplanation.value(y).es().isEmpty());
            }
    }
    CHECK(percent);
    CHECK(decrease);

    CHECK(r.glossary.size() >= 9);
    REQUIRE(r.comments.size() == 2);
    CHECK(r.comments[0].resolved != r.comments[1].resolved);

    // The deliberate gaps: one narrative without Spanish, one empty.
    int missingSpanish = 0, empty = 0;
    for (const Section& s : r.sections) {
        const auto count = [&](const BiText& b) {
            if (b.isEmpty())
                ++empty;
            else if (b.es().isEmpty())
                ++missingSpanish;
        };
        if (s.kind != QStringLiteral("indicators")) count(s.body);
        for (const Activity& a : s.activities)
            count(a.body);
    }
    CHECK(missingSpanish >= 1);
    CHECK(empty >= 1);
    CHECK(missingSpanish + empty <= 3);
}
