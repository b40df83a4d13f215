#include "model/Paths.h"

#include "model/FieldSchema.h"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {

QString text(const FieldPath& p)
{
    return p.toString();
}

} // namespace

TEST_CASE("the typed constructors name the window's fields", "[model][paths]")
{
    const QString id = QStringLiteral("1.1");
    CHECK(text(Paths::report()) == QStringLiteral("report"));
    CHECK(text(Paths::reportSmallNumbersEnabled()) == QStringLiteral("report/small_numbers/enabled"));
    CHECK(text(Paths::reportSmallNumbersThreshold()) == QStringLiteral("report/small_numbers/threshold"));
    CHECK(text(Paths::activityStatus(id)) == QStringLiteral("activities/1.1/status"));
    CHECK(text(Paths::activityResponsible(id)) == QStringLiteral("activities/1.1/responsible"));
    CHECK(text(Paths::indicatorResponsible(id)) == QStringLiteral("indicators/1.1/responsible"));
    CHECK(text(Paths::indicatorBaseline(id)) == QStringLiteral("indicators/1.1/baseline"));
    CHECK(text(Paths::indicatorBaselineValue(id)) == QStringLiteral("indicators/1.1/baseline/value"));
    CHECK(text(Paths::indicatorBaselinePeriod(id)) == QStringLiteral("indicators/1.1/baseline/period"));
    CHECK(text(Paths::indicatorBreakdownDimension(id, 2025, QStringLiteral("sex"))) ==
          QStringLiteral("indicators/1.1/disaggregation/2025/sex"));
    CHECK(text(Paths::breakdownDimensionLabel(QStringLiteral("sex"), Language::Es)) ==
          QStringLiteral("breakdown_labels/sex/label/es"));
    CHECK(text(Paths::breakdownCategoryLabel(QStringLiteral("sex"), QStringLiteral("male"), Language::En)) ==
          QStringLiteral("breakdown_labels/sex/categories/male/en"));
}

TEST_CASE("the lists of objects are named from the schema", "[model][paths]")
{
    CHECK(text(Paths::list(FieldKind::Section)) == QStringLiteral("sections"));
    CHECK(text(Paths::list(FieldKind::Activity)) == QStringLiteral("activities"));
    CHECK(text(Paths::list(FieldKind::Indicator)) == QStringLiteral("indicators"));
    CHECK(text(Paths::list(FieldKind::Entity)) == QStringLiteral("entities"));
    CHECK(text(Paths::list(FieldKind::GlossaryEntry)) == QStringLiteral("glossary"));
}

TEST_CASE("a field's owner is the object whose approval locks it", "[model][paths]")
{
    const auto owner = [](const FieldPath& p) {
        const auto m = FieldSchema::match(p);
        REQUIRE(m.has_value());
        return Paths::ownerOf(*m).toString();
    };
    CHECK(owner(Paths::sectionBody(QStringLiteral("s1"), Language::Es)) == QStringLiteral("sections/s1"));
    CHECK(owner(Paths::sectionActivity(QStringLiteral("s1"), QStringLiteral("1.2"))) ==
          QStringLiteral("sections/s1"));
    CHECK(owner(Paths::activityStatus(QStringLiteral("1.2"))) == QStringLiteral("activities/1.2"));
    CHECK(owner(Paths::indicatorBaselineValue(QStringLiteral("2.1"))) == QStringLiteral("indicators/2.1"));
    CHECK(owner(Paths::text(FieldKind::EntityName, {QStringLiteral("MOI")}).child(QStringLiteral("en"))) ==
          QStringLiteral("entities/MOI"));
    CHECK(owner(Paths::glossaryEntry(QStringLiteral("child"))) == QStringLiteral("glossary/child"));
    CHECK(owner(Paths::breakdownCategory(QStringLiteral("sex"), QStringLiteral("female"))) ==
          QStringLiteral("breakdown_labels/sex"));
    CHECK(owner(Paths::reportTitle(Language::En)).isEmpty());
    CHECK(owner(Paths::comments()).isEmpty());
}

TEST_CASE("a whole bilingual text matches the row of its sides", "[model][paths]")
{
    const auto m = FieldSchema::matchText(Paths::text(FieldKind::IndicatorVarianceExplanation,
                                                      {QStringLiteral("1.1"), QStringLiteral("2025")}));
    REQUIRE(m.has_value());
    CHECK(m->kind() == FieldKind::IndicatorVarianceExplanation);
    CHECK(m->values == QStringList{QStringLiteral("1.1"), QStringLiteral("2025")});
    CHECK(FieldSchema::matchText(Paths::sectionBody(QStringLiteral("s1"), Language::En))->kind() ==
          FieldKind::SectionBody);
    // Only texts: a path one segment short of another kind of field is no text.
    CHECK_FALSE(
        FieldSchema::matchText(FieldPath::fromString(QStringLiteral("indicators/1.1/targets"))).has_value());
    CHECK_FALSE(
        FieldSchema::matchText(FieldPath::fromString(QStringLiteral("sections/s1/colour"))).has_value());
}

TEST_CASE("a path lies in the deepest field or object that names it", "[model][paths]")
{
    const auto within = [](const char* path) {
        const auto m = FieldSchema::matchWithin(FieldPath::fromString(QString::fromLatin1(path)));
        return m ? std::optional<FieldKind>(m->kind()) : std::nullopt;
    };
    CHECK(within("sections/s1/body") == FieldKind::Section);
    CHECK(within("sections/s1/body/en") == FieldKind::SectionBody);
    CHECK(within("sections/s1/activities/1.2") == FieldKind::SectionActivity);
    CHECK(within("indicators/1.1/variance_explanation/2025") == FieldKind::Indicator);
    CHECK(within("indicators/1.1/disaggregation/2025/sex/female") == FieldKind::IndicatorBreakdownCategory);
    CHECK(within("glossary/child/definition") == FieldKind::GlossaryEntry);
    CHECK_FALSE(within("report/title").has_value());
    CHECK_FALSE(within("indicators").has_value());
    CHECK_FALSE(within("").has_value());
}
