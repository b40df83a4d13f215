#include "template/CarryForward.h"

#include "TemplateTestData.h"
#include "support/TestSupport.h"

#include "json/ReportJsonReader.h"
#include "json/ReportJsonWriter.h"
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

TEST_CASE("carry forward keeps the structure and the data, empties the narratives", "[template][carry]")
{
    Report prev = sampleReport(); // the shared example: year 1, with narratives, results and a comment
    REQUIRE(prev.info.reportingYear == 1);
    REQUIRE_FALSE(prev.comments.isEmpty());
    // Some review state to reset.
    prev.sections[0].review.status = ReviewStatus::Approved;
    prev.indicators[0].review.status = ReviewStatus::Returned;
    prev.indicators[0].review.reason = QStringLiteral("check the source");

    const Report next = CarryForward::next(prev);

    CHECK(next.info.reportingYear == 2);
    CHECK(next.info.periodStart == QStringLiteral("2023-04-26"));
    CHECK(next.info.periodEnd == QStringLiteral("2024-04-25"));
    CHECK(next.info.templateId == prev.info.templateId);
    CHECK(next.info.partnership == prev.info.partnership);
    CHECK(next.info.title.en().contains(QStringLiteral("Year 2")));
    CHECK(next.info.title.es().contains(QStringLiteral("Año 2")));
    CHECK(next.entities == prev.entities);
    CHECK(next.glossary == prev.glossary);
    CHECK(next.comments.isEmpty());

    REQUIRE(next.sections.size() == prev.sections.size());
    int carriedTexts = 0;
    for (qsizetype i = 0; i < prev.sections.size(); ++i) {
        const Section& p = prev.sections[i];
        const Section& n = next.sections[i];
        INFO(p.id.toStdString());
        CHECK(n.id == p.id);
        CHECK(n.kind == p.kind);
        CHECK(n.title == p.title);
        CHECK(n.assignedTo == p.assignedTo);
        CHECK(n.objective == p.objective);
        CHECK(n.body.en().isEmpty());
        CHECK(n.body.es().isEmpty());
        CHECK(n.body.previous(Language::En) == p.body.en());
        CHECK(n.body.previous(Language::Es) == p.body.es());
        CHECK(n.review.status == ReviewStatus::NotStarted);
        carriedTexts += n.body.hasPrevious();
        REQUIRE(n.activities.size() == p.activities.size());
        for (qsizetype a = 0; a < p.activities.size(); ++a) {
            const Activity& pa = p.activities[a];
            const Activity& na = n.activities[a];
            CHECK(na.id == pa.id);
            CHECK(na.title == pa.title);
            CHECK(na.status == pa.status);
            CHECK(na.responsible == pa.responsible);
            CHECK(na.traffickingTypes == pa.traffickingTypes);
            CHECK(na.body.isEmpty());
            CHECK(na.body.previous(Language::En) == pa.body.en());
            CHECK(na.body.previous(Language::Es) == pa.body.es());
            CHECK(na.review.status == ReviewStatus::NotStarted);
            carriedTexts += na.body.hasPrevious();
        }
    }
    CHECK(carriedTexts >= 3);

    REQUIRE(next.indicators.size() == prev.indicators.size());
    for (qsizetype i = 0; i < prev.indicators.size(); ++i) {
        const Indicator& p = prev.indicators[i];
        const Indicator& n = next.indicators[i];
        INFO(p.id.toStdString());
        CHECK(n.baselineValue == p.baselineValue);
        CHECK(n.baselinePeriod == p.baselinePeriod);
        CHECK(n.targets == p.targets);
        CHECK(n.actuals == p.actuals);
        CHECK(n.disaggregation == p.disaggregation);
        CHECK(n.varianceExplanation == p.varianceExplanation);
        CHECK(n.review.status == ReviewStatus::NotStarted);
        CHECK(n.review.reason.isEmpty());
    }
    CHECK_FALSE(next.indicators[0].varianceExplanation.isEmpty());

    // The new report is valid and keeps last year's text through the interchange format.
    auto back = ReportJsonReader::read(ReportJsonWriter::write(next), QStringLiteral("next.json"));
    REQUIRE(back.ok());
    CHECK(back->sections[0].body.previous(Language::Es) == prev.sections[0].body.es());
}

TEST_CASE("carry forward twice moves two years and keeps only last year's text", "[template][carry]")
{
    Report y1 = sampleReport();
    Report y2 = CarryForward::next(y1);
    y2.sections[0].body = BiText(QStringLiteral("Year two summary."), QStringLiteral("Resumen del año dos."));
    const Report y3 = CarryForward::next(y2);
    CHECK(y3.info.reportingYear == 3);
    CHECK(y3.info.periodStart == QStringLiteral("2024-04-26"));
    CHECK(y3.info.periodEnd == QStringLiteral("2025-04-25"));
    CHECK(y3.sections[0].body.previous(Language::En) == QStringLiteral("Year two summary."));
    CHECK(y3.sections[0].body.previous(Language::Es) == QStringLiteral("Resumen del año dos."));
    CHECK(y3.info.title.en().contains(QStringLiteral("Year 3")));
}

TEST_CASE("with its template, carry forward takes the title and period from it", "[template][carry][shipped]")
{
    const Template t = shippedTemplate();
    Report prev = sampleReport();
    prev.info.periodEnd = QStringLiteral("2023-05-31"); // a period typed by hand
    const Report next = CarryForward::next(prev, &t);
    CHECK(next.info.periodStart == QStringLiteral("2023-04-26"));
    CHECK(next.info.periodEnd == QStringLiteral("2024-04-25"));
    CHECK_FALSE(next.info.title.en().contains(QStringLiteral("{year}")));
    CHECK(next.info.title.en().contains(QStringLiteral("2")));
}

TEST_CASE("only the year number after 'Year' or 'Año' moves on", "[template][carry]")
{
    const BiText t(QStringLiteral("Annual Report — Year 2 (2023–2024), year 2"),
                   QStringLiteral("Informe anual — Año 2 (2023–2024)"));
    const BiText n = CarryForward::advanceTitle(t, 2);
    CHECK(n.en() == QStringLiteral("Annual Report — Year 3 (2023–2024), year 3"));
    CHECK(n.es() == QStringLiteral("Informe anual — Año 3 (2023–2024)"));
    CHECK(CarryForward::advanceTitle(BiText(QStringLiteral("Year 12"), QString()), 1).en() ==
          QStringLiteral("Year 12"));
    CHECK(CarryForward::advanceTitle(BiText(QStringLiteral("Report"), QStringLiteral("Informe")), 1) ==
          BiText(QStringLiteral("Report"), QStringLiteral("Informe")));
}
