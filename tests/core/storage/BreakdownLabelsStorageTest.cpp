// Breakdown labels in the file: kept with every edit, and given to files of version 1 by the upgrade.
#include "storage/Migrations.h"
#include "storage/ReportDocument.h"
#include "storage/ReportFile.h"
#include "support/TestSupport.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::TempDir;

namespace {
ChangeSet edits(QList<FieldChange> c)
{
    return ChangeSet{std::move(c), QStringLiteral("MOI"), ChangeOrigin::Edit};
}
FieldChange set(const QString& path, const QJsonValue& v)
{
    return FieldChange{FieldPath::fromString(path), v};
}
} // namespace

TEST_CASE("breakdown labels are written with the report and with each edit", "[storage][labels]")
{
    TempDir dir;
    Report original = test::smallReport();
    original.breakdownLabels.setDimension(QStringLiteral("sex"), Language::Es, QStringLiteral("Sexo"));
    original.breakdownLabels.setCategory(QStringLiteral("sex"), QStringLiteral("female"), Language::En,
                                         QStringLiteral("Female"));
    {
        auto doc = ReportDocument::create(dir.path("r.cpcreport"), original, "{}", QStringLiteral("MOI"));
        REQUIRE(doc);
        REQUIRE(doc.value()->apply(
            edits({set("breakdown_labels/sex/categories/male/es", QStringLiteral("Masculino")),
                   set("breakdown_labels/sex/label/en", QStringLiteral("Sex"))})));
    }
    auto reopened = ReportDocument::open(dir.path("r.cpcreport"), ReportDocument::Mode::ReadOnly);
    REQUIRE(reopened);
    const BreakdownLabels& l = reopened.value()->report().breakdownLabels;
    CHECK(l.dimension(QStringLiteral("sex")).en() == QStringLiteral("Sex"));
    CHECK(l.dimension(QStringLiteral("sex")).es() == QStringLiteral("Sexo"));
    CHECK(l.category(QStringLiteral("sex"), QStringLiteral("female")).en() == QStringLiteral("Female"));
    CHECK(l.category(QStringLiteral("sex"), QStringLiteral("male")).es() == QStringLiteral("Masculino"));
    // The order the labels were given in is kept.
    REQUIRE(l.dimensions().size() == 1);
    CHECK(l.dimensions()[0].categories[1].code == QStringLiteral("male"));
    const auto history = reopened.value()->history(FieldPath{QStringLiteral("breakdown_labels")});
    CHECK(history.size() == 2);
}

TEST_CASE("a file of version 1 gets the words it used to print for its breakdown codes", "[storage][labels]")
{
    TempDir dir;
    const QString file = dir.path("v1.cpcreport");
    REQUIRE(QFile::copy(test::fixturePath(QStringLiteral("schema/v1.cpcreport")), file));
    REQUIRE(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    REQUIRE(Migrations::latestVersion() >= 2);
    auto doc = ReportDocument::open(file);
    REQUIRE(doc);
    CHECK_FALSE(doc.value()->file().upgradeBackup().isEmpty());
    const BreakdownLabels& l = doc.value()->report().breakdownLabels;
    // The file's breakdowns (sex, age group, trafficking type, role), in the old table's order, with the
    // categories that table knew and no others ("0-11" had no words: it prints as it is written).
    REQUIRE(l.dimensions().size() == 4);
    CHECK(l.dimension(QStringLiteral("age_group")).es() == QStringLiteral("Grupo de edad"));
    CHECK_FALSE(l.hasCategory(QStringLiteral("age_group"), QStringLiteral("0-11")));
    CHECK(l.dimensions()[0].code == QStringLiteral("sex"));
    CHECK(l.dimension(QStringLiteral("sex")).es() == QStringLiteral("Sexo"));
    CHECK(l.dimension(QStringLiteral("trafficking_type")).en() == QStringLiteral("Form of trafficking"));
    CHECK(l.category(QStringLiteral("sex"), QStringLiteral("female")).es() == QStringLiteral("Femenino"));
    CHECK(l.category(QStringLiteral("role"), QStringLiteral("prosecutors")).es() ==
          QStringLiteral("Fiscales"));
    CHECK(l.category(QStringLiteral("trafficking_type"), QStringLiteral("online")).es() ==
          QStringLiteral("En línea"));
    CHECK_FALSE(l.hasCategory(QStringLiteral("sex"), QStringLiteral("judges")));
    CHECK_FALSE(l.hasDimension(QStringLiteral("ethnicity")));
    // The upgraded file takes label edits.
    REQUIRE(doc.value()->apply(
        edits({set("breakdown_labels/role/label/es", QStringLiteral("Cargo o función"))})));
    CHECK(doc.value()->report().breakdownLabels.dimension(QStringLiteral("role")).es() ==
          QStringLiteral("Cargo o función"));
}
