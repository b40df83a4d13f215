// The names of the report's fields in the history, the merge review and the find panel come from the
// kind of each path (model/FieldSchema), one name per kind.
#include "common/FieldLabel.h"

#include "UiTestSupport.h"
#include "common/EntityLabel.h"
#include "model/FieldSchema.h"
#include "model/Paths.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

QString nameOf(const char* path)
{
    return FieldLabel::fieldName(FieldPath::fromString(QString::fromUtf8(path)));
}

} // namespace

TEST_CASE("Each kind of field has its name, with the language of a text side in words", "[fieldlabel]")
{
    CHECK(nameOf("report/title/en") == QStringLiteral("Title (English)"));
    CHECK(nameOf("report/partnership/es") == QStringLiteral("Partnership (Spanish)"));
    CHECK(nameOf("sections/objective-1/title/en") == QStringLiteral("Title (English)"));
    CHECK(nameOf("sections/objective-1/body/es") == QStringLiteral("Narrative (Spanish)"));
    CHECK(nameOf("activities/1.1/title/es") == QStringLiteral("Title (Spanish)"));
    CHECK(nameOf("activities/1.1/body/en") == QStringLiteral("What was done (English)"));
    CHECK(nameOf("entities/MOI/name/en") == QStringLiteral("Name (English)"));
    CHECK(nameOf("indicators/1.1/name/es") == QStringLiteral("Name (Spanish)"));
    CHECK(nameOf("indicators/1.1/definition/en") == QStringLiteral("Definition (English)"));
    CHECK(nameOf("glossary/child/definition/es") == QStringLiteral("Definition (Spanish)"));
    CHECK(nameOf("indicators/1.1/source/en") == QStringLiteral("Source (English)"));
    CHECK(nameOf("activities/1.1/status") == QStringLiteral("Progress"));
    for (const char* p :
         {"sections/objective-1/status", "activities/1.1/review_status", "indicators/1.1/review_status"})
        CHECK(nameOf(p) == QStringLiteral("Review status"));
    for (const char* p : {"sections/objective-1/return_reason", "activities/1.1/review_reason",
                          "indicators/1.1/review_reason"})
        CHECK(nameOf(p) == QStringLiteral("Reason for returning"));
    for (const char* p :
         {"sections/objective-1/assigned_to", "activities/1.1/responsible", "indicators/1.1/responsible"})
        CHECK(nameOf(p) == QStringLiteral("Assigned to"));
    CHECK(nameOf("activities/1.1/trafficking_types") == QStringLiteral("Forms of trafficking"));
    CHECK(nameOf("indicators/1.1/actuals/2025") == QStringLiteral("Actual, year 2025"));
    CHECK(nameOf("indicators/1.1/targets/2026") == QStringLiteral("Target, year 2026"));
    CHECK(nameOf("indicators/1.1/variance_explanation/2025/es") ==
          QStringLiteral("Explanation of the difference, year 2025 (Spanish)"));
    CHECK(nameOf("indicators/1.1/disaggregation/2025") == QStringLiteral("Breakdown, year 2025"));
    CHECK(nameOf("indicators/1.1/disaggregation/2025/sex") == QStringLiteral("Breakdown, year 2025: sex"));
    // A category may be coded "en": a figure, not the English side of a text.
    CHECK(nameOf("indicators/1.1/disaggregation/2025/language/en") ==
          QStringLiteral("Breakdown, year 2025: language › en"));
    CHECK(nameOf("sections/objective-1/activity_order") == QStringLiteral("Order of the activities"));
    CHECK(nameOf("indicator_order") == QStringLiteral("Order of the indicators"));
    CHECK(nameOf("section_order") == QStringLiteral("Order of the sections"));
    CHECK(nameOf("comments") == QStringLiteral("Comments"));
}

TEST_CASE("A whole text is named without a language, a field without a name by its path", "[fieldlabel]")
{
    CHECK(nameOf("sections/objective-1/body") == QStringLiteral("Narrative"));
    CHECK(nameOf("indicators/1.1/variance_explanation/2025") ==
          QStringLiteral("Explanation of the difference, year 2025"));
    CHECK(nameOf("glossary/child/term") == QStringLiteral("term"));
    // After the owner's path, without the language code the name already says in words.
    CHECK(nameOf("entities/MOI/acronym/es") == QStringLiteral("acronym (Spanish)"));
    CHECK(nameOf("indicators/1.1/baseline/value") == QStringLiteral("baseline/value"));
    CHECK(nameOf("report/period/start") == QStringLiteral("period/start"));
    CHECK(nameOf("breakdown_labels/sex/categories/female/es") ==
          QStringLiteral("categories/female (Spanish)"));
    // Every kind of field of a part has a name to show.
    for (const FieldSpec& spec : FieldSchema::fields()) {
        QStringList values;
        for (const QString& s : QString::fromLatin1(spec.pattern).split(QLatin1Char('/')))
            if (s == s.toUpper() && s != s.toLower())
                values << (s == QLatin1String("LANG")   ? QStringLiteral("en")
                           : s == QLatin1String("YEAR") ? QStringLiteral("2025")
                                                        : QStringLiteral("x"));
        INFO(spec.pattern);
        const FieldPath p = FieldSchema::path(spec.kind, values);
        if (Paths::ownerOf(*FieldSchema::match(p)) == p) continue; // a whole part: described by its own name
        CHECK_FALSE(FieldLabel::fieldName(p).isEmpty());
    }
}

TEST_CASE("A changed field is described by its part and its name", "[fieldlabel]")
{
    const Report r = test::sampleReport();
    REQUIRE(r.section(QStringLiteral("objective-1")));
    const QString title = r.section(QStringLiteral("objective-1"))->title.en();
    const QString activity = test::activityIds(r, QStringLiteral("objective-1")).value(0);
    REQUIRE(!activity.isEmpty());
    CHECK(FieldLabel::describe(r, Paths::sectionBody(QStringLiteral("objective-1"), Language::Es)) ==
          title + QStringLiteral(" › Narrative (Spanish)"));
    CHECK(FieldLabel::describe(r, Paths::section(QStringLiteral("objective-1"))) == title);
    CHECK(FieldLabel::describe(r, Paths::activityStatus(activity)) ==
          QStringLiteral("Activity %1 › Progress").arg(activity));
    CHECK(FieldLabel::describe(r, Paths::indicatorTarget(QStringLiteral("9.9"), 2026)) ==
          QStringLiteral("Indicator 9.9 › Target, year 2026"));
    CHECK(FieldLabel::describe(r, Paths::comments()) == QStringLiteral("Comments"));
    CHECK(FieldLabel::describe(r, Paths::indicatorOrder()) == QStringLiteral("Order of the indicators"));
    CHECK(FieldLabel::describe(r, Paths::sectionOrder()) == QStringLiteral("Order of the sections"));
    CHECK(FieldLabel::describe(r, Paths::reportTitle(Language::En)) == QStringLiteral("report/title/en"));
}

TEST_CASE("A changed value is said in words: statuses, progress, forms of trafficking, entities, plain text",
          "[fieldlabel]")
{
    const Report r = test::sampleReport();
    REQUIRE(!r.entities.isEmpty());
    const QString entity = r.entities.first().id;
    CHECK(FieldLabel::readable(r, Paths::sectionStatus(QStringLiteral("objective-1")),
                               QStringLiteral("approved")) == QStringLiteral("Approved"));
    CHECK(FieldLabel::readable(r, Paths::activityStatus(QStringLiteral("1.1")),
                               QStringLiteral("in_progress")) == QStringLiteral("In progress"));
    CHECK(FieldLabel::readable(r, Paths::of(FieldKind::ActivityTraffickingTypes, {QStringLiteral("1.1")}),
                               QJsonArray{QStringLiteral("begging")}) == QStringLiteral("Forced begging"));
    CHECK(FieldLabel::readable(r, Paths::activityResponsible(QStringLiteral("1.1")), QJsonArray{entity}) ==
          EntityLabel::of(r, entity));
    CHECK(FieldLabel::readable(r, Paths::sectionBody(QStringLiteral("objective-1"), Language::En),
                               QStringLiteral("Some **bold** words")) == QStringLiteral("Some bold words"));
    CHECK(FieldLabel::readable(r, Paths::indicatorActual(QStringLiteral("1.1"), 2025), 12) ==
          QStringLiteral("12"));
    CHECK(FieldLabel::isText(Paths::sectionBody(QStringLiteral("objective-1"), Language::En), QJsonValue()));
    CHECK_FALSE(FieldLabel::isText(
        FieldPath::fromString(QStringLiteral("indicators/1.1/disaggregation/2025/language/en")),
        QJsonValue(QJsonValue::Null)));
}
