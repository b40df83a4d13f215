#include "merge/ContributionScope.h"

#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {
bool allows(const ContributionScope& s, const char* path,
            const QJsonValue& v = QJsonValue(QJsonValue::Undefined))
{
    return s.allows(FieldPath::fromString(QString::fromUtf8(path)), v);
}
Comment remark(const QString& kind, const QString& target, const QString& author, const QString& text,
               bool resolved = false)
{
    return Comment{kind, target, author, QStringLiteral("2024-02-01T09:00:00Z"), text, resolved};
}
} // namespace

TEST_CASE("a scope holds the sections, activities and indicators assigned to the entity", "[merge][scope]")
{
    const Report r = test::sampleReport();
    const ContributionScope renacer(r, QStringLiteral("RENACER"));
    CHECK(renacer.entity() == QStringLiteral("RENACER"));
    CHECK(renacer.sections() == QSet<QString>{QStringLiteral("objective-1")});
    CHECK(renacer.activities() == QSet<QString>{QStringLiteral("1.1"), QStringLiteral("1.2")});
    CHECK(renacer.indicators() == QSet<QString>{QStringLiteral("1.1")});

    // An activity is open to its responsible entity even when the section is someone else's.
    const ContributionScope icbf(r, QStringLiteral("ICBF"));
    CHECK(icbf.activities().contains(QStringLiteral("2.1")));
    CHECK(icbf.indicators() == QSet<QString>{QStringLiteral("2.1"), QStringLiteral("2.2")});

    CHECK(ContributionScope(r, QStringLiteral("MFA")).isEmpty());
    CHECK(ContributionScope(r, QStringLiteral("NOBODY")).isEmpty());
}

TEST_CASE("a scope allows the entity's words and figures, not structure or the coordinator's fields",
          "[merge][scope]")
{
    const ContributionScope s(test::sampleReport(), QStringLiteral("RENACER"));
    CHECK(allows(s, "sections/objective-1/body/en"));
    CHECK(allows(s, "sections/objective-1/body/es"));
    CHECK(allows(s, "sections/objective-1/status", QStringLiteral("submitted")));
    CHECK_FALSE(allows(s, "sections/objective-1/status", QStringLiteral("approved")));
    CHECK_FALSE(allows(s, "sections/objective-1/status", QStringLiteral("returned")));
    CHECK_FALSE(allows(s, "sections/objective-1/title/en"));
    CHECK_FALSE(allows(s, "sections/objective-1/assigned_to"));
    CHECK_FALSE(allows(s, "sections/objective-1"));
    CHECK_FALSE(allows(s, "sections/objective-1/activities/1.9"));
    CHECK_FALSE(allows(s, "sections/objective-2/body/en"));

    CHECK(allows(s, "activities/1.1/title/es"));
    CHECK(allows(s, "activities/1.2/body/en"));
    CHECK(allows(s, "activities/1.1/status", QStringLiteral("completed")));
    CHECK(allows(s, "activities/1.1/review_status", QStringLiteral("submitted")));
    CHECK_FALSE(allows(s, "activities/1.1/review_status", QStringLiteral("approved")));
    CHECK_FALSE(allows(s, "activities/1.1/responsible"));
    CHECK_FALSE(allows(s, "activities/2.1/body/en"));

    CHECK(allows(s, "indicators/1.1/actuals/1", 330));
    CHECK(allows(s, "indicators/1.1/disaggregation/1/sex/female", 210));
    CHECK(allows(s, "indicators/1.1/variance_explanation/1/en"));
    CHECK_FALSE(allows(s, "indicators/1.1/targets/1"));
    CHECK_FALSE(allows(s, "indicators/1.1/name/en"));
    CHECK_FALSE(allows(s, "indicators/2.1/actuals/1"));

    CHECK_FALSE(allows(s, "report/title/en"));
    CHECK_FALSE(allows(s, "entities/RENACER/name/en"));
    CHECK_FALSE(allows(s, "glossary/Child/term/es"));
}

TEST_CASE("in its contribution an entity adds its own comments and resolves threads on its parts",
          "[merge][scope]")
{
    const Report r = test::sampleReport();
    const ContributionScope s(r, QStringLiteral("RENACER"));
    const QList<Comment> before = r.comments; // MOI's remark on objective-3
    REQUIRE(before.size() == 1);
    const Comment ask = remark(QStringLiteral("section"), QStringLiteral("objective-1"),
                               QStringLiteral("MOI"), QStringLiteral("Figures?"));
    QString why;

    QList<Comment> after = before;
    after << remark(QStringLiteral("activity"), QStringLiteral("1.1"), QStringLiteral("RENACER"),
                    QStringLiteral("Updated."));
    CHECK(s.allowsComments(before, after, &why));
    // Anywhere: a partner may ask about another part too.
    after << remark(QStringLiteral("section"), QStringLiteral("objective-2"), QStringLiteral("RENACER"),
                    QStringLiteral("Overlap?"));
    CHECK(s.allowsComments(before, after, &why));

    after = before;
    after << remark(QStringLiteral("section"), QStringLiteral("objective-1"), QStringLiteral("MOI"),
                    QStringLiteral("Approved."));
    CHECK_FALSE(s.allowsComments(before, after, &why));
    CHECK(why.contains(QStringLiteral("MOI")));

    CHECK_FALSE(s.allowsComments(before, {}, &why)); // removed
    after = before;
    after[0].text = QStringLiteral("Reworded.");
    CHECK_FALSE(s.allowsComments(before, after, &why));

    after = before;
    after[0].resolved = true; // objective-3 is not RENACER's
    CHECK_FALSE(s.allowsComments(before, after, &why));
    CHECK(why.contains(QStringLiteral("objective-3")));

    const QList<Comment> withAsk = before + QList<Comment>{ask};
    after = withAsk;
    after[1].resolved = true;
    CHECK(s.allowsComments(withAsk, after, &why));
    CHECK(s.covers(ask));
    CHECK_FALSE(s.covers(before[0]));
}
