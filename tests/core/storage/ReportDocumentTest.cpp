#include "storage/ReportDocument.h"

#include "support/TestSupport.h"
#include "template/Template.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::TempDir;

namespace {
FieldChange set(const QString& path, const QJsonValue& v)
{
    return FieldChange{FieldPath::fromString(path), v};
}
ChangeSet edits(QList<FieldChange> c)
{
    return ChangeSet{std::move(c), QStringLiteral("MOI"), ChangeOrigin::Edit};
}
} // namespace

TEST_CASE("a report written to a file reads back the same", "[storage]")
{
    TempDir dir;
    const Report original = test::smallReport();
    {
        auto doc = ReportDocument::create(dir.path("r.cpcreport"), original, "{}", QStringLiteral("MOI"));
        REQUIRE(doc);
        CHECK(doc.value()->report() == original);
    }
    auto reopened = ReportDocument::open(dir.path("r.cpcreport"), ReportDocument::Mode::ReadOnly);
    REQUIRE(reopened);
    CHECK(reopened.value()->report() == original);
    CHECK(reopened.value()->templateJson() == "{}");
    CHECK_FALSE(reopened.value()->reportUuid().isEmpty());
}

TEST_CASE("an open report holds the template it keeps, parsed once", "[storage][template]")
{
    TempDir dir;
    const QByteArray json =
        test::readFile(test::sourcePath(QStringLiteral("resources/templates/colombia-cpc.json")));
    REQUIRE(ReportDocument::create(dir.path("t.cpcreport"), test::smallReport(), json));
    auto doc = ReportDocument::open(dir.path("t.cpcreport"), ReportDocument::Mode::ReadOnly);
    REQUIRE(doc);
    const auto t = doc.value()->reportTemplate();
    REQUIRE(t);
    CHECK(t->id == QStringLiteral("colombia-cpc"));
    CHECK(t->section(QStringLiteral("objective-1")));
    CHECK(doc.value()->reportTemplate() == t);

    // No template, or one that does not read as a template: nothing, and the report opens all the same.
    for (const QByteArray& kept : {QByteArray(), QByteArray("{}"), QByteArray("not json")}) {
        const QString path = dir.path(QStringLiteral("none-%1.cpcreport").arg(kept.size()));
        REQUIRE(ReportDocument::create(path, test::smallReport(), kept));
        auto other = ReportDocument::open(path, ReportDocument::Mode::ReadOnly);
        REQUIRE(other);
        CHECK_FALSE(other.value()->reportTemplate());
    }
}

TEST_CASE("create refuses to overwrite a file and leaves nothing behind on failure", "[storage]")
{
    TempDir dir;
    test::writeFile(dir.path("taken.cpcreport"), "keep me");
    auto doc = ReportDocument::create(dir.path("taken.cpcreport"), test::smallReport(), {});
    REQUIRE_FALSE(doc);
    CHECK(test::readFile(dir.path("taken.cpcreport")) == "keep me");
    CHECK(QDir(dir.path(".")).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("each edit is in the file as soon as apply returns", "[storage]")
{
    TempDir dir;
    auto doc = ReportDocument::create(dir.path("r.cpcreport"), test::smallReport(), {});
    REQUIRE(doc);
    ReportDocument& d = *doc.value();
    REQUIRE(d.apply(edits({set("sections/executive-summary/body/en", QStringLiteral("Changed.")),
                           set("indicators/2.1/actuals/2", 175)})));
    auto other = ReportDocument::open(dir.path("r.cpcreport"), ReportDocument::Mode::ReadOnly);
    REQUIRE(other);
    const Report& r = other.value()->report();
    CHECK(r.section(QStringLiteral("executive-summary"))->body.en() == QStringLiteral("Changed."));
    CHECK(r.indicator(QStringLiteral("2.1"))->actuals.value(2) == 175.0);
    // The English is the translation of this Spanish-source text (docs/translation-state.md): correcting it
    // leaves the Spanish current.
    CHECK_FALSE(r.section(QStringLiteral("executive-summary"))->body.isStale(Language::Es));
}

TEST_CASE("changing the source side makes the other side stale in the file", "[storage]")
{
    TempDir dir;
    auto doc = ReportDocument::create(dir.path("r.cpcreport"), test::smallReport(), {});
    REQUIRE(doc);
    REQUIRE(
        doc.value()->apply(edits({set("sections/executive-summary/body/es", QStringLiteral("Cambiado."))})));
    auto other = ReportDocument::open(dir.path("r.cpcreport"), ReportDocument::Mode::ReadOnly);
    REQUIRE(other);
    CHECK(other.value()->report().section(QStringLiteral("executive-summary"))->body.isStale(Language::En));
}

TEST_CASE("a change set with one bad change changes nothing, in memory or in the file", "[storage]")
{
    TempDir dir;
    auto doc = ReportDocument::create(dir.path("r.cpcreport"), test::smallReport(), {});
    REQUIRE(doc);
    ReportDocument& d = *doc.value();
    const Report before = d.report();
    const qint64 rev = d.revision();
    const QList<QList<FieldChange>> bad = {
        {set("sections/executive-summary/body/en", QStringLiteral("x")),
         set("indicators/2.1/actuals/1", QStringLiteral("many"))},
        {set("sections/nope/body/en", QStringLiteral("x"))},
        {set("activities/2.1/responsible", QJsonArray{QStringLiteral("NOBODY")})},
        {set("activities/2.1/status", QStringLiteral("finished"))},
        {set("indicators/2.1/targets/0", 5)},
        {set("indicators/2.1/targets/51", 5)},
        {set("report/period/end", QStringLiteral("2020-01-01"))},
        {set("report/period/start", QStringLiteral("2023-02-30"))},
        {set("sections/executive-summary/body/fr", QStringLiteral("x"))},
        {set("entities/MOI", QJsonValue::Null)},
        {set("unknown/x", 1)},
    };
    for (const auto& changes : bad) {
        INFO(changes.last().path.toString().toStdString());
        const Status s = d.apply(edits(changes));
        CHECK_FALSE(s);
        CHECK_FALSE(s.error().where.isEmpty());
        CHECK(d.report() == before);
        CHECK(d.revision() == rev);
    }
    auto other = ReportDocument::open(dir.path("r.cpcreport"), ReportDocument::Mode::ReadOnly);
    REQUIRE(other);
    CHECK(other.value()->report() == before);
}

TEST_CASE("approved content is locked until reopened", "[storage][workflow]")
{
    TempDir dir;
    auto doc = ReportDocument::create(dir.path("r.cpcreport"), test::smallReport(), {});
    REQUIRE(doc);
    ReportDocument& d = *doc.value();
    REQUIRE(d.apply(edits({set("sections/executive-summary/status", QStringLiteral("approved"))})));
    CHECK_FALSE(d.apply(edits({set("sections/executive-summary/body/en", QStringLiteral("late change"))})));
    REQUIRE(d.apply(edits({set("sections/executive-summary/status", QStringLiteral("drafting"))})));
    CHECK(d.apply(edits({set("sections/executive-summary/body/en", QStringLiteral("late change"))})));
}

TEST_CASE("objects are created and removed whole", "[storage]")
{
    TempDir dir;
    auto doc = ReportDocument::create(dir.path("r.cpcreport"), test::smallReport(), {});
    REQUIRE(doc);
    ReportDocument& d = *doc.value();
    REQUIRE(
        d.apply(edits({set("activities/2.1", QJsonValue::Null), set("indicators/2.1", QJsonValue::Null)})));
    CHECK(d.report().sections[1].activities.isEmpty());
    CHECK(d.report().indicators.isEmpty());
    auto other = ReportDocument::open(dir.path("r.cpcreport"), ReportDocument::Mode::ReadOnly);
    REQUIRE(other);
    CHECK(other.value()->report() == d.report());
}

TEST_CASE("a read-only document refuses edits", "[storage]")
{
    TempDir dir;
    REQUIRE(ReportDocument::create(dir.path("r.cpcreport"), test::smallReport(), {}));
    auto ro = ReportDocument::open(dir.path("r.cpcreport"), ReportDocument::Mode::ReadOnly);
    REQUIRE(ro);
    const Status s =
        ro.value()->apply(edits({set("sections/executive-summary/body/en", QStringLiteral("x"))}));
    REQUIRE_FALSE(s);
    CHECK(s.error().kind == Error::Kind::Failed);
}

TEST_CASE("settings are kept in the file", "[storage]")
{
    TempDir dir;
    {
        auto doc = ReportDocument::create(dir.path("r.cpcreport"), test::smallReport(), {});
        REQUIRE(doc);
        REQUIRE(doc.value()->setSetting(QStringLiteral("spelling/words"), QStringLiteral("FUPAD")));
    }
    auto doc = ReportDocument::open(dir.path("r.cpcreport"));
    REQUIRE(doc);
    CHECK(doc.value()->setting(QStringLiteral("spelling/words")) == QStringLiteral("FUPAD"));
    CHECK(doc.value()->setting(QStringLiteral("none")).isEmpty());
}

TEST_CASE("a copy of the file holds the same report", "[storage]")
{
    TempDir dir;
    auto doc = ReportDocument::create(dir.path("r.cpcreport"), test::smallReport(), {});
    REQUIRE(doc);
    REQUIRE(doc.value()->saveCopy(dir.path("copy.cpcreport")));
    auto copy = ReportDocument::open(dir.path("copy.cpcreport"), ReportDocument::Mode::ReadOnly);
    REQUIRE(copy);
    CHECK(copy.value()->report() == doc.value()->report());
    CHECK(copy.value()->reportUuid() == doc.value()->reportUuid());
}
