#include "edit/SectionChanges.h"

#include "edit/OrderChange.h"
#include "edit/StructureChanges.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"
#include "template/SkeletonBuilder.h"
#include "template/TemplateReader.h"

#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::sectionIds;

namespace {

Status apply(ReportDocument& doc, const QList<FieldChange>& changes)
{
    return doc.apply(ChangeSet{changes, QStringLiteral("t"), ChangeOrigin::Edit});
}

} // namespace

TEST_CASE("sections the template makes optional are removed and added back in the template's place",
          "[edit][structure][sections]")
{
    const QByteArray json = test::templateWithOptionalSections();
    auto t = TemplateReader::read(json);
    REQUIRE(t.ok());
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("s.cpcreport"));
    auto created = ReportDocument::create(path, SkeletonBuilder::build(t.value(), 2), json);
    REQUIRE(created.ok());
    ReportDocument& d = *created.value();
    const QStringList full = sectionIds(d.report());
    REQUIRE(full.contains(QStringLiteral("lessons-learned")));
    CHECK(SectionChanges::addable(d.report(), t.value()).isEmpty());

    // A required section stays.
    CHECK_FALSE(SectionChanges::removable(d.report(), &t.value(), QStringLiteral("recommendations")));
    CHECK_FALSE(SectionChanges::remove(d.report(), &t.value(), QStringLiteral("recommendations")).ok());
    CHECK_FALSE(SectionChanges::remove(d.report(), nullptr, QStringLiteral("sustainability")).ok());

    // An optional one goes, with what was written in it; the file knows.
    REQUIRE(apply(d, {FieldChange{FieldPath{QStringLiteral("sections"), QStringLiteral("sustainability"),
                                            QStringLiteral("body"), QStringLiteral("es")},
                                  QStringLiteral("Texto escrito.")}})
                .ok());
    const Report before = d.report();
    auto removal = SectionChanges::remove(d.report(), &t.value(), QStringLiteral("sustainability"));
    REQUIRE(removal.ok());
    REQUIRE(apply(d, removal.value()).ok());
    CHECK_FALSE(d.report().section(QStringLiteral("sustainability")));
    REQUIRE(SectionChanges::addable(d.report(), t.value()).size() == 1);
    CHECK(SectionChanges::addable(d.report(), t.value()).first().id == QStringLiteral("sustainability"));

    // Undo puts it back whole and in its place.
    const QList<FieldChange> back = StructureChanges::restoreRemoved(before, removal.value().first());
    REQUIRE_FALSE(back.isEmpty());
    REQUIRE(apply(d, back).ok());
    CHECK(sectionIds(d.report()) == full);
    CHECK(d.report().section(QStringLiteral("sustainability"))->body.es() ==
          QStringLiteral("Texto escrito."));

    // Added again from the template: empty, between the sections the template puts around it.
    REQUIRE(apply(d, SectionChanges::remove(d.report(), &t.value(), QStringLiteral("sustainability")).value())
                .ok());
    auto added = SectionChanges::add(d.report(), t.value(), QStringLiteral("sustainability"));
    REQUIRE(added.ok());
    REQUIRE(apply(d, added.value()).ok());
    CHECK(sectionIds(d.report()) == full);
    CHECK(d.report().section(QStringLiteral("sustainability"))->body.es().isEmpty());
    CHECK(d.report().section(QStringLiteral("sustainability"))->title.es() ==
          t->section(QStringLiteral("sustainability"))->title.es());
    CHECK_FALSE(SectionChanges::add(d.report(), t.value(), QStringLiteral("sustainability")).ok());

    // The order is in the file.
    created.value().reset();
    auto reopened = ReportDocument::open(path);
    REQUIRE(reopened.ok());
    CHECK(sectionIds(reopened.value()->report()) == full);
}

TEST_CASE("an approved section is not moved by a new section's order", "[edit][structure][sections]")
{
    const QByteArray json = test::templateWithOptionalSections();
    auto t = TemplateReader::read(json);
    REQUIRE(t.ok());
    test::TempDir dir;
    auto created = ReportDocument::create(dir.path(QStringLiteral("s.cpcreport")),
                                          SkeletonBuilder::build(t.value(), 2), json);
    REQUIRE(created.ok());
    ReportDocument& d = *created.value();
    REQUIRE(
        apply(d, SectionChanges::remove(d.report(), &t.value(), QStringLiteral("lessons-learned")).value())
            .ok());
    QStringList reversed = sectionIds(d.report());
    std::reverse(reversed.begin(), reversed.end());
    REQUIRE(apply(d, {FieldChange{FieldPath{QStringLiteral("sections"), QStringLiteral("executive-summary"),
                                            QStringLiteral("status")},
                                  QStringLiteral("approved")}})
                .ok());
    CHECK_FALSE(
        apply(d, {FieldChange{FieldPath{QStringLiteral("section_order")}, OrderChange::value(reversed)}})
            .ok());
}
