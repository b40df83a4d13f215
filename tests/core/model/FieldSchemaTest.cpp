#include "model/FieldSchema.h"

#include "model/FieldLocks.h"
#include "model/Paths.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {

// A value for each placeholder of a pattern, so that every row can be built and matched back.
QStringList sampleValues(const FieldSpec& spec)
{
    QStringList out;
    for (const QString& s : QString::fromLatin1(spec.pattern).split(QLatin1Char('/'))) {
        if (s == QLatin1String("LANG"))
            out << QStringLiteral("es");
        else if (s == QLatin1String("YEAR"))
            out << QStringLiteral("2025");
        else if (s == s.toUpper() && s.at(0).isLetter() && s != s.toLower())
            out << s.toLower() + QStringLiteral("-x/1");
    }
    return out;
}

} // namespace

TEST_CASE("the field schema has one row per kind of field, in the kinds' order", "[model][schema]")
{
    const QList<FieldSpec>& rows = FieldSchema::fields();
    REQUIRE(rows.size() == int(FieldKind::Comments) + 1);
    for (int i = 0; i < rows.size(); ++i) {
        INFO(rows[i].pattern);
        CHECK(int(rows[i].kind) == i);
        CHECK(&FieldSchema::spec(rows[i].kind) == &rows[i]);
        CHECK((rows[i].type == FieldType::Choice || rows[i].type == FieldType::Choices) ==
              (rows[i].vocabulary != nullptr));
    }
}

TEST_CASE("every kind of field path is built from its pattern and matched back to its row", "[model][schema]")
{
    for (const FieldSpec& spec : FieldSchema::fields()) {
        INFO(spec.pattern);
        const QStringList values = sampleValues(spec);
        const FieldPath p = FieldSchema::path(spec.kind, values);
        // Through the text form too: ids with '/' survive.
        const auto m = FieldSchema::match(FieldPath::fromString(p.toString()));
        REQUIRE(m.has_value());
        CHECK(m->kind() == spec.kind);
        CHECK(m->values == values);
    }
}

TEST_CASE("the typed constructors name the report's fields", "[model][schema]")
{
    CHECK(Paths::sectionBody(QStringLiteral("objective-1"), Language::Es).toString() ==
          QStringLiteral("sections/objective-1/body/es"));
    CHECK(Paths::indicatorTarget(QStringLiteral("1.1"), 2025).toString() ==
          QStringLiteral("indicators/1.1/targets/2025"));
    CHECK(Paths::indicatorBreakdownCategory(QStringLiteral("2.1"), 2024, QStringLiteral("sex"),
                                            QStringLiteral("female"))
              .toString() == QStringLiteral("indicators/2.1/disaggregation/2024/sex/female"));
    CHECK(Paths::sectionActivity(QStringLiteral("objective-1"), QStringLiteral("1.2")).toString() ==
          QStringLiteral("sections/objective-1/activities/1.2"));
    CHECK(Paths::comments().toString() == QStringLiteral("comments"));
    CHECK(Paths::indicatorOrder().toString() == QStringLiteral("indicator_order"));
}

TEST_CASE("a path that names no field of a report matches no row", "[model][schema]")
{
    for (const char* text :
         {"sections/objective-1/body/fr", "indicators/1.1/targets/next", "sections", "nonsense/x",
          "sections/objective-1/colour", "report/period/middle", "sections//body/en", ""}) {
        INFO(text);
        CHECK_FALSE(FieldSchema::match(FieldPath::fromString(QString::fromLatin1(text))).has_value());
    }
}

TEST_CASE("approved content locks its fields but not the workflow fields that reopen it",
          "[model][schema][lock]")
{
    Report r = test::sampleReport();
    REQUIRE(!r.sections.isEmpty());
    Section& s = r.sections.first();
    const FieldPath body = Paths::sectionBody(s.id, Language::En);
    CHECK_FALSE(FieldLocks::isLocked(r, body));
    s.review.status = ReviewStatus::Approved;
    CHECK(FieldLocks::lockedBy(r, body) == std::optional<QString>(s.id));
    CHECK_FALSE(FieldLocks::isLocked(r, Paths::sectionStatus(s.id)));
    CHECK_FALSE(FieldLocks::isLocked(r, Paths::sectionReturnReason(s.id)));
    REQUIRE(!r.indicators.isEmpty());
    Indicator& i = r.indicators.first();
    i.review.status = ReviewStatus::Approved;
    CHECK(FieldLocks::isLocked(r, Paths::indicatorTarget(i.id, 2025)));
    CHECK_FALSE(FieldLocks::isLocked(r, Paths::indicatorReviewStatus(i.id)));
    CHECK_FALSE(FieldLocks::isLocked(r, Paths::entity(QStringLiteral("MOI"))));
}
