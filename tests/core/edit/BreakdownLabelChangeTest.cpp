// Labels of breakdown codes through the edit API: one change per label side, refused where the label
// prints with an approved indicator or with parts a partner was not asked for, and undone exactly.
#include "edit/BreakdownLabelChange.h"

#include "edit/ChangeApplier.h"
#include "edit/FieldValues.h"
#include "merge/ContributionScope.h"
#include "model/Paths.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {
Status change(Report& r, const QString& path, const QJsonValue& v)
{
    TouchedObjects t;
    return ChangeApplier(r, t).apply(FieldChange{FieldPath::fromString(path), v}, 100);
}

// smallReport plus an indicator of PADF's that also breaks down by sex, and by age group.
Report twoIndicators()
{
    Report r = test::smallReport();
    Indicator other = r.indicators[0];
    other.id = QStringLiteral("2.2");
    other.responsible = {QStringLiteral("PADF")};
    other.disaggregation[1] = {Disaggregation{QStringLiteral("sex"), {{QStringLiteral("female"), 1}}},
                               Disaggregation{QStringLiteral("age_group"), {{QStringLiteral("12-17"), 1}}}};
    r.indicators.append(other);
    return r;
}
} // namespace

TEST_CASE("a label side is set, cleared and read back by its path", "[edit][labels]")
{
    Report r = test::smallReport();
    REQUIRE(change(r, "breakdown_labels/sex/label/es", QStringLiteral("  Sexo ")));
    REQUIRE(change(r, "breakdown_labels/sex/categories/female/es", QStringLiteral("Femenino")));
    CHECK(r.breakdownLabels.dimension(QStringLiteral("sex")).es() == QStringLiteral("Sexo"));
    CHECK(FieldValues::get(
              r, FieldPath::fromString(QStringLiteral("breakdown_labels/sex/categories/female/es"))) ==
          QJsonValue(QStringLiteral("Femenino")));
    CHECK(
        FieldValues::get(r, FieldPath::fromString(QStringLiteral("breakdown_labels/sex/categories/male/es")))
            .isUndefined());
    CHECK_FALSE(change(r, "breakdown_labels/sex/label/fr", QStringLiteral("Sexe")));
    CHECK_FALSE(change(r, "breakdown_labels/sex/label/en", QStringLiteral("two\nlines")));
    CHECK_FALSE(change(r, "breakdown_labels/sex/colour/en", QStringLiteral("x")));
    CHECK_FALSE(change(r, "breakdown_labels/ /label/en", QStringLiteral("x")));
}

TEST_CASE("taking back a new label with the old (absent) value leaves the report as it was", "[edit][labels]")
{
    const Report before = test::smallReport();
    Report r = before;
    const FieldPath path =
        Paths::breakdownCategoryLabel(QStringLiteral("sex"), QStringLiteral("male"), Language::En);
    CHECK(FieldValues::get(r, path).isUndefined());
    REQUIRE(change(r, path.toString(), QStringLiteral("Male")));
    REQUIRE(change(r, path.toString(), QJsonValue(QJsonValue::Null)));
    CHECK(r == before);
    // A whole entry removed comes back from its value.
    REQUIRE(change(r, "breakdown_labels/sex/label/en", QStringLiteral("Sex")));
    REQUIRE(change(r, "breakdown_labels/sex/categories/male/en", QStringLiteral("Male")));
    const Report labelled = r;
    const QJsonValue whole =
        FieldValues::get(r, FieldPath::fromString(QStringLiteral("breakdown_labels/sex")));
    REQUIRE(change(r, "breakdown_labels/sex", QJsonValue(QJsonValue::Null)));
    CHECK(r.breakdownLabels.isEmpty());
    REQUIRE(change(r, "breakdown_labels/sex", whole));
    CHECK(r == labelled);
}

TEST_CASE("a label that prints with an approved indicator is locked, with words that say why",
          "[edit][labels]")
{
    Report r = twoIndicators();
    r.indicators[1].review.status = ReviewStatus::Approved;
    const Status refused = change(r, "breakdown_labels/sex/label/es", QStringLiteral("Sexo"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("approved indicator 2.2")));
    CHECK(refused.error().where == QStringLiteral("breakdown_labels/sex/label/es"));
    CHECK_FALSE(change(r, "breakdown_labels/age_group/categories/12-17/es", QStringLiteral("12 a 17 años")));
    // A category only the open indicator uses is not locked.
    CHECK(change(r, "breakdown_labels/sex/categories/male/es", QStringLiteral("Masculino")));
    r.indicators[1].review.status = ReviewStatus::Drafting;
    CHECK(change(r, "breakdown_labels/sex/label/es", QStringLiteral("Sexo")));
}

TEST_CASE("a partner labels only the codes that no one else's indicator prints", "[edit][labels][merge]")
{
    const Report r = twoIndicators();
    const ContributionScope moi(r, QStringLiteral("MOI")); // 2.1 is MOI's; 2.2 (sex, age group) is PADF's
    CHECK_FALSE(moi.allows(Paths::breakdownDimensionLabel(QStringLiteral("sex"), Language::Es)));
    CHECK_FALSE(moi.allows(
        Paths::breakdownCategoryLabel(QStringLiteral("sex"), QStringLiteral("female"), Language::Es)));
    CHECK(moi.allows(
        Paths::breakdownCategoryLabel(QStringLiteral("sex"), QStringLiteral("male"), Language::Es)));
    CHECK_FALSE(moi.allows(FieldPath{QStringLiteral("breakdown_labels"), QStringLiteral("sex")}));
    const ContributionScope padf(r, QStringLiteral("PADF"));
    CHECK(padf.allows(Paths::breakdownDimensionLabel(QStringLiteral("age_group"), Language::En)));
    CHECK_FALSE(padf.allows(
        Paths::breakdownCategoryLabel(QStringLiteral("sex"), QStringLiteral("male"), Language::En)));
}
