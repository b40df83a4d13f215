#include "checks/IndicatorRules.h"

#include "ChecksTestSupport.h"
#include "template/Template.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {
Findings run(const Report& r, const CheckContext& c = {})
{
    Findings f;
    IndicatorRules::run(r, c, f);
    return f;
}
} // namespace

TEST_CASE("indicators: the ready report's data pass", "[checks][indicators]")
{
    const Findings f = run(readyReport());
    INFO(describe(f));
    CHECK(f.isEmpty());
}

TEST_CASE("indicators: no actual, no target, no target for next year", "[checks][indicators]")
{
    Report r = readyReport();
    Indicator* i = r.indicator(QStringLiteral("3.1"));
    i->actuals[1] = std::nullopt;
    r.indicator(QStringLiteral("4.1"))->actuals.remove(1);
    r.indicator(QStringLiteral("3.2"))->targets.remove(2);
    r.indicator(QStringLiteral("2.2"))->targets.remove(1);
    const Findings f = run(r);
    INFO(describe(f));
    CHECK(has(f, QStringLiteral("indicators.actual-missing"), QStringLiteral("indicators/3.1/actuals/1")));
    CHECK(has(f, QStringLiteral("indicators.actual-missing"), QStringLiteral("indicators/4.1/actuals/1")));
    CHECK(
        has(f, QStringLiteral("indicators.next-target-missing"), QStringLiteral("indicators/3.2/targets/2")));
    CHECK(has(f, QStringLiteral("indicators.target-missing"), QStringLiteral("indicators/2.2/targets/1")));
    for (const Finding& x : withRule(f, QStringLiteral("indicators.next-target-missing"))) {
        CHECK(x.severity == Severity::Warning);
        CHECK(x.year == 2);
        CHECK(x.indicator == QLatin1String("3.2"));
    }
}

TEST_CASE("indicators: a result far from target needs an explanation in both languages",
          "[checks][indicators]")
{
    Report r = readyReport();
    Indicator* i = r.indicator(QStringLiteral("1.1")); // 312 against 400: 22% short
    i->varianceExplanation.remove(1);
    Findings f = run(r);
    CHECK(has(f, QStringLiteral("indicators.variance-explanation"),
              QStringLiteral("indicators/1.1/variance_explanation/1")));
    i->varianceExplanation[1] = settled(QStringLiteral("Workshops started late."), QString());
    f = run(r);
    CHECK(has(f, QStringLiteral("indicators.variance-explanation"),
              QStringLiteral("indicators/1.1/variance_explanation/1/es")));
    // With a looser threshold in the template, no explanation is needed.
    Template t;
    t.varianceThreshold = 30;
    CheckContext c;
    c.templ = std::make_shared<const Template>(t);
    CHECK(withRule(run(r, c), QStringLiteral("indicators.variance-explanation")).isEmpty());

    // Direction-aware: 3.2 (average days, lower is better): 395 against 380 is 4% off; 450 is 18% off.
    Indicator* days = r.indicator(QStringLiteral("3.2"));
    CHECK_FALSE(has(run(r), QStringLiteral("indicators.variance-explanation"),
                    QStringLiteral("indicators/3.2/variance_explanation/1")));
    days->actuals[1] = 450;
    CHECK(has(run(r), QStringLiteral("indicators.variance-explanation"),
              QStringLiteral("indicators/3.2/variance_explanation/1")));
    days->actuals[1] = 200; // far below the target is good news for a decreasing indicator
    CHECK_FALSE(has(run(r), QStringLiteral("indicators.variance-explanation"),
                    QStringLiteral("indicators/3.2/variance_explanation/1")));
}

TEST_CASE("indicators: breakdowns that do not add up", "[checks][indicators]")
{
    Report r = readyReport();
    Indicator* i = r.indicator(QStringLiteral("2.1"));
    i->disaggregation[1][0].categories[0].value = 119; // sex: 119 + 43 ≠ 163
    const Findings f = run(r);
    INFO(describe(f));
    REQUIRE(withRule(f, QStringLiteral("indicators.disaggregation-sum")).size() == 1);
    CHECK(has(f, QStringLiteral("indicators.disaggregation-sum"),
              QStringLiteral("indicators/2.1/disaggregation/1/sex")));
    const Finding x = withRule(f, QStringLiteral("indicators.disaggregation-sum")).first();
    CHECK(x.messageEn.contains(QStringLiteral("162")));
    CHECK(x.messageEs.contains(QStringLiteral("desagregación")));
    // Fractions add up within rounding.
    Indicator* pct = r.indicator(QStringLiteral("2.2"));
    pct->disaggregation[1] = {Disaggregation{
        QStringLiteral("sex"), {{QStringLiteral("female"), 47.1}, {QStringLiteral("male"), 0.4}}}};
    CHECK(withRule(run(r), QStringLiteral("indicators.disaggregation-sum")).size() == 1);
}

TEST_CASE("indicators: percentages outside 0-100", "[checks][indicators]")
{
    Report r = readyReport();
    Indicator* i = r.indicator(QStringLiteral("2.2"));
    i->actuals[1] = 147.5;
    i->targets[3] = -1;
    Findings f = run(r);
    CHECK(has(f, QStringLiteral("indicators.percent-range"), QStringLiteral("indicators/2.2/actuals/1")));
    CHECK(has(f, QStringLiteral("indicators.percent-range"), QStringLiteral("indicators/2.2/targets/3")));
    i->actuals[1] = 100;
    i->targets[3] = 0;
    CHECK(withRule(run(r), QStringLiteral("indicators.percent-range")).isEmpty());
    // Counts above 100 are ordinary.
    r.indicator(QStringLiteral("1.1"))->actuals[1] = 4000;
    CHECK(withRule(run(r), QStringLiteral("indicators.percent-range")).isEmpty());
}
