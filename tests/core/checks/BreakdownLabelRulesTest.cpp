#include "ChecksTestSupport.h"
#include "checks/CheckEngine.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("a breakdown code without a label in a language is a warning that names the place",
          "[checks][labels]")
{
    Report r = test::smallReport(); // indicator 2.1 breaks year 1 down by sex: female, male
    r.breakdownLabels.setDimension(QStringLiteral("sex"), Language::En, QStringLiteral("Sex"));
    r.breakdownLabels.setDimension(QStringLiteral("sex"), Language::Es, QStringLiteral("Sexo"));
    r.breakdownLabels.setCategory(QStringLiteral("sex"), QStringLiteral("female"), Language::En,
                                  QStringLiteral("Female"));
    r.breakdownLabels.setCategory(QStringLiteral("sex"), QStringLiteral("female"), Language::Es,
                                  QStringLiteral("Femenino"));
    r.breakdownLabels.setCategory(QStringLiteral("sex"), QStringLiteral("male"), Language::En,
                                  QStringLiteral("Male"));
    const Findings found = test::withRule(CheckEngine().run(r), QStringLiteral("indicators.breakdown-label"));
    INFO(test::describe(found));
    REQUIRE(found.size() == 1);
    const Finding& f = found[0];
    CHECK(f.severity == Severity::Warning);
    CHECK(f.language == Language::Es);
    CHECK(f.indicator == QStringLiteral("2.1"));
    CHECK(f.year == 1);
    CHECK(f.path.toString() == QStringLiteral("indicators/2.1/disaggregation/1/sex/male"));
    CHECK(f.messageEs.contains(QStringLiteral(
        "La categoría «male» de la desagregación «Sexo» (indicador 2.1) no tiene nombre en español")));
    CHECK(f.messageEn.contains(QStringLiteral("has no Spanish label")));

    // Labelled in both languages: nothing to say.
    r.breakdownLabels.setCategory(QStringLiteral("sex"), QStringLiteral("male"), Language::Es,
                                  QStringLiteral("Masculino"));
    CHECK(test::withRule(CheckEngine().run(r), QStringLiteral("indicators.breakdown-label")).isEmpty());
}

TEST_CASE("an unlabelled breakdown is reported once per code and language, not per year", "[checks][labels]")
{
    Report r = test::smallReport();
    r.indicators[0].disaggregation[2] = r.indicators[0].disaggregation[1];
    const Findings found = test::withRule(CheckEngine().run(r), QStringLiteral("indicators.breakdown-label"));
    // sex, female, male: each in English and Spanish.
    CHECK(found.size() == 6);
    CHECK(test::has(found, QStringLiteral("indicators.breakdown-label"),
                    QStringLiteral("indicators/2.1/disaggregation/1/sex")));
    // Only errors are asked for (export gate): labels never block.
    CHECK(test::withRule(CheckEngine().errors(r), QStringLiteral("indicators.breakdown-label")).isEmpty());
}
