#include "template/SkeletonBuilder.h"

#include "TemplateTestData.h"
#include "template/TemplateReader.h"

#include "json/ReportJsonReader.h"
#include "json/ReportJsonWriter.h"
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

TEST_CASE("reporting periods run a year from the signing date", "[template][skeleton]")
{
    const QString start = QStringLiteral("2022-04-26");
    CHECK(SkeletonBuilder::period(start, 1) ==
          qMakePair(QStringLiteral("2022-04-26"), QStringLiteral("2023-04-25")));
    CHECK(SkeletonBuilder::period(start, 2) ==
          qMakePair(QStringLiteral("2023-04-26"), QStringLiteral("2024-04-25")));
    CHECK(SkeletonBuilder::period(start, 3) ==
          qMakePair(QStringLiteral("2024-04-26"), QStringLiteral("2025-04-25")));
    CHECK(SkeletonBuilder::period(start, 5) ==
          qMakePair(QStringLiteral("2026-04-26"), QStringLiteral("2027-04-25")));
    // A leap-day start: the year ends the day before its anniversary, which falls on 28 February.
    CHECK(SkeletonBuilder::period(QStringLiteral("2024-02-29"), 1) ==
          qMakePair(QStringLiteral("2024-02-29"), QStringLiteral("2025-02-27")));
    CHECK(SkeletonBuilder::period(QStringLiteral("2024-02-29"), 5).first == QStringLiteral("2028-02-29"));
    CHECK(SkeletonBuilder::period(QStringLiteral("2022-01-01"), 1).second == QStringLiteral("2022-12-31"));
    CHECK(SkeletonBuilder::period(QStringLiteral("not a date"), 1).first.isEmpty());
}

TEST_CASE("a year-1 skeleton of the shipped template has the whole structure",
          "[template][skeleton][shipped]")
{
    const Template t = shippedTemplate();
    const Report r = SkeletonBuilder::build(t, 1);

    CHECK(r.info.templateId == QStringLiteral("colombia-cpc"));
    CHECK(r.info.reportingYear == 1);
    CHECK(r.info.periodStart == QStringLiteral("2022-04-26"));
    CHECK(r.info.periodEnd == QStringLiteral("2023-04-25"));
    CHECK(r.info.sourceLanguage == Language::Es);
    CHECK(r.info.preparedBy == QStringLiteral("MOI"));
    CHECK(r.info.partnership == t.partnership);
    CHECK(r.info.title.en().contains(QStringLiteral("Year 1")));
    CHECK(r.info.title.es().contains(QStringLiteral("Año 1")));
    CHECK_FALSE(r.info.title.en().contains(QStringLiteral("{year}")));
    CHECK(r.info.smallNumbers.threshold == 5);

    REQUIRE(r.sections.size() == t.sections.size());
    for (qsizetype i = 0; i < t.sections.size(); ++i) {
        const Section& s = r.sections[i];
        INFO(s.id.toStdString());
        CHECK(s.id == t.sections[i].id);
        CHECK(s.kind == t.sections[i].kind);
        CHECK(s.title == t.sections[i].title);
        CHECK(s.body.isEmpty());
        CHECK(s.assignedTo == t.sections[i].assignedTo);
        CHECK(s.review.status == ReviewStatus::NotStarted);
        CHECK(s.activities.isEmpty());
    }
    for (int n = 1; n <= 4; ++n) {
        int count = 0;
        for (const Section& s : r.sections)
            count += s.isObjective() && s.objective == n;
        CHECK(count == 1);
    }
    CHECK(r.entities == t.entities);
    CHECK(r.glossary == t.glossary);
    CHECK(r.comments.isEmpty());

    // The skeleton is a valid report: it survives the interchange format.
    const QByteArray json = ReportJsonWriter::write(r);
    auto back = ReportJsonReader::read(json, QStringLiteral("skeleton.json"));
    REQUIRE(back.ok());
    CHECK(back->sections.size() == r.sections.size());
}

TEST_CASE("a year-3 skeleton has year 3's period and title", "[template][skeleton][shipped]")
{
    const Report r = SkeletonBuilder::build(shippedTemplate(), 3);
    CHECK(r.info.reportingYear == 3);
    CHECK(r.info.periodStart == QStringLiteral("2024-04-26"));
    CHECK(r.info.periodEnd == QStringLiteral("2025-04-25"));
    CHECK(r.info.title.en().contains(QStringLiteral("Year 3")));
    CHECK(r.info.title.es().contains(QStringLiteral("Año 3")));
}

TEST_CASE("indicators keep their targets and start without results", "[template][skeleton]")
{
    Template t = TemplateReader::read(minimalTemplateJson()).take();
    // Built in code, a template might carry results; the skeleton must not.
    t.indicators[0].actuals.insert(1, 90.0);
    t.indicators[0].varianceExplanation.insert(1, BiText(QStringLiteral("x"), QStringLiteral("y")));
    const Report r = SkeletonBuilder::build(t, 2);
    REQUIRE(r.indicators.size() == 1);
    const Indicator& i = r.indicators[0];
    CHECK(i.targets.value(1) == 100.0);
    CHECK(i.targets.value(2) == 200.0);
    CHECK(i.baselineValue == 0.0);
    CHECK(i.responsible == QStringList{QStringLiteral("PADF")});
    CHECK(i.actuals.isEmpty());
    CHECK(i.varianceExplanation.isEmpty());
    CHECK(i.disaggregation.isEmpty());
    CHECK(r.info.title.en() == QStringLiteral("Annual report, year 2"));
    CHECK(r.info.smallNumbers.threshold == 3);
}

TEST_CASE("an objective without a section in the template still gets one, in order", "[template][skeleton]")
{
    // The mini template lists objectives 1 and 2 but has a section only for 1.
    const Report r = SkeletonBuilder::build(TemplateReader::read(minimalTemplateJson()).take(), 1);
    QStringList ids;
    for (const Section& s : r.sections)
        ids << s.id;
    CHECK(ids == QStringList{QStringLiteral("summary"), QStringLiteral("obj-1"),
                             QStringLiteral("objective-2"), QStringLiteral("recs")});
    const Section* added = r.section(QStringLiteral("objective-2"));
    REQUIRE(added);
    CHECK(added->objective == 2);
    CHECK(added->title.en() == QStringLiteral("Objective 2: Protection"));
    CHECK(added->title.es() == QStringLiteral("Objetivo 2: Protección"));

    // With no objective sections at all they go before the closing sections.
    Template t = TemplateReader::read(minimalTemplateJson()).take();
    t.sections.removeAt(1);
    const Report r2 = SkeletonBuilder::build(t, 1);
    ids.clear();
    for (const Section& s : r2.sections)
        ids << s.id;
    CHECK(ids == QStringList{QStringLiteral("summary"), QStringLiteral("objective-1"),
                             QStringLiteral("objective-2"), QStringLiteral("recs")});
}
