#include "model/IndicatorProgress.h"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {
Indicator make(const QString& direction, double target, std::optional<double> actual)
{
    Indicator i;
    i.id = QStringLiteral("1.1");
    i.direction = direction;
    i.targets[1] = target;
    i.actuals[1] = actual;
    return i;
}
} // namespace

TEST_CASE("progress of an increasing indicator", "[progress]")
{
    auto p = IndicatorProgress::compute(make(QStringLiteral("increase"), 400, 312), 1);
    CHECK(p.status == ProgressStatus::OffTrack);
    CHECK(*p.percentOfTarget == Approx(78));
    CHECK(p.deviationPercent == Approx(22));
    CHECK(p.needsExplanation);
    p = IndicatorProgress::compute(make(QStringLiteral("increase"), 400, 370), 1);
    CHECK(p.status == ProgressStatus::OnTrack);
    CHECK_FALSE(p.needsExplanation);
    p = IndicatorProgress::compute(make(QStringLiteral("increase"), 400, 360), 1); // exactly 10% short
    CHECK(p.needsExplanation);
    p = IndicatorProgress::compute(make(QStringLiteral("increase"), 400, 500), 1);
    CHECK(p.status == ProgressStatus::Achieved);
    CHECK(p.deviationPercent == 0);
    CHECK(*p.percentOfTarget == Approx(125));
    // A higher threshold from the template tolerates more.
    CHECK_FALSE(
        IndicatorProgress::compute(make(QStringLiteral("increase"), 400, 312), 1, 25).needsExplanation);
}

TEST_CASE("progress of a decreasing indicator follows its direction", "[progress]")
{
    auto p = IndicatorProgress::compute(make(QStringLiteral("decrease"), 380, 395), 1);
    CHECK(p.status == ProgressStatus::OnTrack);
    CHECK(p.deviationPercent == Approx(15.0 / 380 * 100));
    CHECK(*p.percentOfTarget == Approx(380.0 / 395 * 100));
    p = IndicatorProgress::compute(make(QStringLiteral("decrease"), 380, 300), 1);
    CHECK(p.status == ProgressStatus::Achieved);
    p = IndicatorProgress::compute(make(QStringLiteral("decrease"), 300, 400), 1);
    CHECK(p.status == ProgressStatus::OffTrack);
    CHECK(p.needsExplanation);
    p = IndicatorProgress::compute(make(QStringLiteral("decrease"), 10, 0), 1);
    CHECK(p.status == ProgressStatus::Achieved);
}

TEST_CASE("progress without a target or an actual", "[progress]")
{
    auto p = IndicatorProgress::compute(make(QStringLiteral("increase"), 400, std::nullopt), 1);
    CHECK(p.status == ProgressStatus::NotReported);
    CHECK_FALSE(p.needsExplanation);
    CHECK(IndicatorProgress::compute(make(QStringLiteral("increase"), 400, 1), 2).status ==
          ProgressStatus::NoTarget);
    CHECK(IndicatorProgress::statusId(ProgressStatus::OffTrack) == QLatin1String("off_track"));
    CHECK(IndicatorProgress::statusId(ProgressStatus::NotReported) == QLatin1String("not_reported"));
}

TEST_CASE("a cumulative indicator compares the running total since the baseline", "[progress]")
{
    Indicator i = make(QStringLiteral("increase"), 100, 60);
    i.cumulative = true;
    i.baselineValue = 1000; // the level before the partnership is not counted again
    i.targets[2] = 200;
    i.actuals[2] = 90;
    auto p = IndicatorProgress::compute(i, 2);
    REQUIRE(p.actual);
    CHECK(*p.actual == 150);
    CHECK(p.status == ProgressStatus::OffTrack); // 25% short of 200
    i.cumulative = false;
    p = IndicatorProgress::compute(i, 2);
    CHECK(*p.actual == 90);
    // A missing year is not reported, whatever came before.
    i.cumulative = true;
    i.actuals[2] = std::nullopt;
    CHECK(IndicatorProgress::compute(i, 2).status == ProgressStatus::NotReported);
}
