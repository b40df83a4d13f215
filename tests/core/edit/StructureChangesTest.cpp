#include "edit/StructureChanges.h"

#include "edit/ChangeApplier.h"
#include "edit/FieldValues.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::activityIds;
using cpc::test::indicatorIds;

namespace {

Status apply(ReportDocument& doc, const QList<FieldChange>& changes)
{
    return doc.apply(ChangeSet{changes, QStringLiteral("t"), ChangeOrigin::Edit});
}

} // namespace

TEST_CASE("new parts are numbered after their objective and entity ids come from acronyms",
          "[edit][structure]")
{
    CHECK(StructureChanges::nextNumber(2, {}) == QStringLiteral("2.1"));
    CHECK(StructureChanges::nextNumber(2, {QStringLiteral("2.1"), QStringLiteral("2.9"),
                                           QStringLiteral("1.12")}) == QStringLiteral("2.10"));
    CHECK(StructureChanges::entityIdFrom(QStringLiteral("Pan American Development Foundation")) ==
          QStringLiteral("PADF"));
    CHECK(StructureChanges::entityIdFrom(QStringLiteral("MinInterior")) == QStringLiteral("MININTERIOR"));
    CHECK(StructureChanges::entityIdFrom(QStringLiteral("Policía Nacional")) == QStringLiteral("PN"));
    CHECK(StructureChanges::entityIdFrom(QStringLiteral("Fundación Renacer")) == QStringLiteral("FR"));
}

TEST_CASE("activities and indicators are added, moved and removed through apply, in a real file",
          "[edit][structure]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("s.cpcreport"));
    auto doc = ReportDocument::create(path, test::sampleReport(), QByteArray());
    REQUIRE(doc.ok());
    ReportDocument& d = *doc.value();
    const QStringList before = activityIds(d.report(), QStringLiteral("objective-1"));

    auto added = StructureChanges::addActivity(d.report(), QStringLiteral("objective-1"),
                                               BiText(QString(), QStringLiteral("Talleres")));
    REQUIRE(added.ok());
    REQUIRE(apply(d, added->changes).ok());
    CHECK(activityIds(d.report(), QStringLiteral("objective-1")) == QStringList(before) << added->id);
    CHECK(d.report().activity(added->id)->title.es() == QStringLiteral("Talleres"));

    auto up = StructureChanges::moveActivity(d.report(), added->id, -1);
    REQUIRE(up.ok());
    REQUIRE(apply(d, up.value()).ok());
    CHECK(activityIds(d.report(), QStringLiteral("objective-1")).indexOf(added->id) == before.size() - 1);
    CHECK_FALSE(StructureChanges::moveActivity(d.report(), before.first(), -1).ok());

    // The order is in the file, not only in memory.
    const QStringList order = activityIds(d.report(), QStringLiteral("objective-1"));
    doc.value().reset();
    auto reopened = ReportDocument::open(path);
    REQUIRE(reopened.ok());
    CHECK(activityIds(reopened.value()->report(), QStringLiteral("objective-1")) == order);

    SECTION("a reorder must name every part once")
    {
        const FieldPath p{QStringLiteral("sections"), QStringLiteral("objective-1"),
                          QStringLiteral("activity_order")};
        CHECK_FALSE(apply(*reopened.value(), {FieldChange{p, QJsonArray{order.first()}}}).ok());
        CHECK_FALSE(apply(*reopened.value(), {FieldChange{p, QJsonArray{QStringLiteral("9.9")}}}).ok());
        CHECK(activityIds(reopened.value()->report(), QStringLiteral("objective-1")) == order);
    }
    SECTION("an indicator goes after the last one of its objective, and moves only among them")
    {
        ReportDocument& r = *reopened.value();
        auto ind = StructureChanges::addIndicator(r.report(), 1, BiText(QStringLiteral("Hotels"), QString()));
        REQUIRE(ind.ok());
        REQUIRE(apply(r, ind->changes).ok());
        const QStringList ids = indicatorIds(r.report());
        const qsizetype at = ids.indexOf(ind->id);
        REQUIRE(at >= 0);
        for (qsizetype i = 0; i < ids.size(); ++i)
            CHECK((r.report().indicators[i].objective <= 1) == (i <= at));
        CHECK_FALSE(StructureChanges::canMoveIndicator(r.report(), ind->id, 1));
    }
    SECTION("removing an approved section's activity is refused")
    {
        ReportDocument& r = *reopened.value();
        REQUIRE(apply(r, {FieldChange{FieldPath{QStringLiteral("sections"), QStringLiteral("objective-1"),
                                                QStringLiteral("status")},
                                      QStringLiteral("approved")}})
                    .ok());
        auto removal = StructureChanges::removeActivity(r.report(), order.first());
        REQUIRE(removal.ok());
        CHECK_FALSE(apply(r, removal.value()).ok());
        CHECK(r.report().activity(order.first()) != nullptr);
        auto move = StructureChanges::moveActivity(r.report(), order.first(), 1);
        REQUIRE(move.ok());
        CHECK_FALSE(apply(r, move.value()).ok());
    }
}

TEST_CASE("restoring a removed indicator brings back its breakdowns in order and its place",
          "[edit][structure][order]")
{
    test::TempDir dir;
    auto doc =
        ReportDocument::create(dir.path(QStringLiteral("r.cpcreport")), test::sampleReport(), QByteArray());
    REQUIRE(doc.ok());
    ReportDocument& d = *doc.value();
    QString id;
    for (const Indicator& i : d.report().indicators)
        if (!i.disaggregation.isEmpty() && id.isEmpty()) id = i.id;
    REQUIRE_FALSE(id.isEmpty());
    const Indicator original = *d.report().indicator(id);
    const QStringList ids = indicatorIds(d.report());
    const FieldChange removal{FieldPath{QStringLiteral("indicators"), id}, QJsonValue(QJsonValue::Null)};
    const QList<FieldChange> back = StructureChanges::restoreRemoved(d.report(), removal);
    REQUIRE_FALSE(back.isEmpty());
    REQUIRE(apply(d, {removal}).ok());
    REQUIRE(apply(d, back).ok());
    CHECK(*d.report().indicator(id) == original);
    CHECK(indicatorIds(d.report()) == ids);
}

TEST_CASE("glossary terms and entities are added with ids the user never types", "[edit][structure]")
{
    Report r = test::sampleReport();
    auto term =
        StructureChanges::addGlossaryTerm(r, BiText(QStringLiteral("Grooming"), QStringLiteral("Captación")));
    REQUIRE(term.ok());
    CHECK_FALSE(StructureChanges::addGlossaryTerm(r, BiText(QString(), QStringLiteral("Solo español"))).ok());
    const BiText oim(QStringLiteral("International Organization for Migration"),
                     QStringLiteral("Organización Internacional para las Migraciones"));
    auto entity = StructureChanges::addEntity(r, QStringLiteral("other"), BiText(), oim);
    REQUIRE(entity.ok());
    CHECK(entity->id == QStringLiteral("OIM")); // from the Spanish name, the report's source language
    TouchedObjects touched;
    ChangeApplier applier(r, touched);
    qint64 rev = 100;
    for (const FieldChange& c : term->changes + entity->changes)
        REQUIRE(applier.apply(c, ++rev).ok());
    CHECK(r.glossaryIndex(QStringLiteral("Grooming")) >= 0);
    REQUIRE(r.entity(QStringLiteral("OIM")) != nullptr);
    CHECK(r.entity(QStringLiteral("OIM"))->name.es() == oim.es());
    // A second one of the same name gets an id of its own; so does one whose acronym is taken.
    auto again = StructureChanges::addEntity(r, QStringLiteral("other"), BiText(), oim);
    REQUIRE(again.ok());
    CHECK(again->id == QStringLiteral("OIM-2"));
    auto padf =
        StructureChanges::addEntity(r, QStringLiteral("implementing_partner"),
                                    BiText(QStringLiteral("PADF"), QStringLiteral("FUPAD")), BiText());
    REQUIRE(padf.ok());
    CHECK(padf->id == QStringLiteral("FUPAD"));
}

TEST_CASE("glossary terms are removed, and an entity only once no part of the report names it",
          "[edit][structure][remove]")
{
    Report r = test::sampleReport();
    REQUIRE_FALSE(r.glossary.isEmpty());
    const QString term = r.glossary.first().term.en();
    TouchedObjects touched;
    ChangeApplier applier(r, touched);
    qint64 rev = 100;
    auto removal = StructureChanges::removeGlossaryTerm(r, term);
    REQUIRE(removal.ok());
    for (const FieldChange& c : removal.value())
        REQUIRE(applier.apply(c, ++rev).ok());
    CHECK(r.glossaryIndex(term) < 0);
    CHECK_FALSE(StructureChanges::removeGlossaryTerm(r, term).ok());

    // An entity responsible for an indicator is refused, and the refusal names the indicator.
    const auto [named, indicator] = test::entityOfAnIndicator(r);
    REQUIRE_FALSE(named.isEmpty());
    auto refused = StructureChanges::removeEntity(r, named);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(indicator));

    // One named nowhere goes.
    auto added = StructureChanges::addEntity(r, QStringLiteral("other"), BiText(),
                                             BiText(QString(), QStringLiteral("Fundación Nueva")));
    REQUIRE(added.ok());
    for (const FieldChange& c : added->changes)
        REQUIRE(applier.apply(c, ++rev).ok());
    auto gone = StructureChanges::removeEntity(r, added->id);
    REQUIRE(gone.ok());
    for (const FieldChange& c : gone.value())
        REQUIRE(applier.apply(c, ++rev).ok());
    CHECK(r.entity(added->id) == nullptr);
}
