// The breakdown_labels extension of cpcreport-json/1: written, read back, refused when malformed, and
// changed by change documents (cpcreport apply).
#include "edit/ChangeApplier.h"
#include "edit/ChangeDocumentReader.h"
#include "support/TestSupport.h"

#include "json/ReportJsonReader.h"
#include "json/ReportJsonWriter.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

Report labelled()
{
    Report r = test::sampleReport();
    r.breakdownLabels.setDimension(QStringLiteral("sex"), Language::En, QStringLiteral("Sex"));
    r.breakdownLabels.setDimension(QStringLiteral("sex"), Language::Es, QStringLiteral("Sexo"));
    r.breakdownLabels.setCategory(QStringLiteral("sex"), QStringLiteral("male"), Language::Es,
                                  QStringLiteral("Masculino"));
    r.breakdownLabels.setCategory(QStringLiteral("sex"), QStringLiteral("female"), Language::Es,
                                  QStringLiteral("Femenino"));
    r.breakdownLabels.setDimension(QStringLiteral("nationality"), Language::Es,
                                   QStringLiteral("Nacionalidad"));
    return r;
}

QByteArray withLabels(const char* labels)
{
    // Written in as text, so that a value of the wrong type reaches the reader as it is.
    QByteArray doc = test::readFile(test::sampleFixturePath());
    const qsizetype open = doc.indexOf('{');
    return doc.insert(open + 1, QByteArray("\n  \"breakdown_labels\": ") + labels + ',');
}

} // namespace

TEST_CASE("breakdown labels round-trip through cpcreport-json in their order", "[json][labels]")
{
    const Report r = labelled();
    const QByteArray written = ReportJsonWriter::write(r);
    CHECK(written.contains("\"breakdown_labels\""));
    auto back = ReportJsonReader::read(written, QStringLiteral("r.json"));
    REQUIRE(back);
    CHECK(back.value() == r);
    CHECK(back.value().breakdownLabels.dimensions()[0].categories[0].code == QStringLiteral("male"));
    CHECK(ReportJsonWriter::write(back.value()) == written);
}

TEST_CASE("a document without breakdown labels reads as before and is written without them", "[json][labels]")
{
    const QByteArray sample = test::readFile(test::sampleFixturePath());
    auto r = ReportJsonReader::read(sample, QStringLiteral("sample-report.json"));
    REQUIRE(r);
    CHECK(r.value().breakdownLabels.isEmpty());
    CHECK_FALSE(ReportJsonWriter::write(r.value()).contains("breakdown_labels"));
}

TEST_CASE("malformed breakdown labels are refused with their place", "[json][labels]")
{
    const auto error = [](const char* labels) {
        auto r = ReportJsonReader::read(withLabels(labels), QStringLiteral("r.json"));
        REQUIRE_FALSE(r);
        return r.error().toString();
    };
    CHECK(error(R"([{"dimension": "sex"}, {"dimension": "sex"}])")
              .contains(QStringLiteral("breakdown_labels[1].dimension")));
    CHECK(error(R"([{"label": {"en": "Sex"}}])").contains(QStringLiteral("breakdown_labels[0]")));
    CHECK(error(R"([{"dimension": "sex", "label": {"en": "Sex", "fr": "Sexe"}}])")
              .contains(QStringLiteral("fr")));
    CHECK(error(R"([{"dimension": "sex", "label": {"en": "two\nlines"}}])")
              .contains(QStringLiteral("breakdown_labels[0].label.en")));
    CHECK(error(R"([{"dimension": "sex", "categories": [{"category": "f"}, {"category": "f"}]}])")
              .contains(QStringLiteral("breakdown_labels[0].categories[1].category")));
    CHECK(error(R"({"sex": "Sexo"})").contains(QStringLiteral("breakdown_labels")));
}

TEST_CASE("change documents set, clear and remove breakdown labels", "[json][labels][edit]")
{
    Report r = labelled();
    auto changes = ChangeDocumentReader::read(R"({"breakdown_labels": [
        {"dimension": "sex", "label": {"en": "Sex of the child"},
         "categories": [{"category": "female", "label": {"en": "Female", "es": null}}, {"category": "male", "remove": true}]},
        {"dimension": "nationality", "remove": true},
        {"dimension": "ethnicity", "categories": [{"category": "indigenous", "label": {"es": "Indígena"}}]}]})",
                                              r, QStringLiteral("patch.json"));
    REQUIRE(changes);
    QStringList paths;
    for (const FieldChange& c : changes.value())
        paths << c.path.toString();
    CHECK(paths == QStringList{QStringLiteral("breakdown_labels/sex/label/en"),
                               QStringLiteral("breakdown_labels/sex/categories/female/en"),
                               QStringLiteral("breakdown_labels/sex/categories/female/es"),
                               QStringLiteral("breakdown_labels/sex/categories/male"),
                               QStringLiteral("breakdown_labels/nationality"),
                               QStringLiteral("breakdown_labels/ethnicity/categories/indigenous/es")});
    TouchedObjects t;
    ChangeApplier a(r, t);
    for (const FieldChange& c : changes.value())
        REQUIRE(a.apply(c, 10));
    CHECK(t.breakdownLabels);
    const BreakdownLabels& l = r.breakdownLabels;
    CHECK(l.dimension(QStringLiteral("sex")).en() == QStringLiteral("Sex of the child"));
    CHECK(l.category(QStringLiteral("sex"), QStringLiteral("female")).en() == QStringLiteral("Female"));
    CHECK(l.category(QStringLiteral("sex"), QStringLiteral("female")).es().isEmpty());
    CHECK_FALSE(l.hasCategory(QStringLiteral("sex"), QStringLiteral("male")));
    CHECK_FALSE(l.hasDimension(QStringLiteral("nationality")));
    CHECK(l.category(QStringLiteral("ethnicity"), QStringLiteral("indigenous")).es() ==
          QStringLiteral("Indígena"));

    auto bad = ChangeDocumentReader::read(
        R"({"breakdown_labels": [{"dimension": "sex", "remove": true, "label": {"en": "x"}}]})", r,
        QStringLiteral("patch.json"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().toString().contains(QStringLiteral("breakdown_labels[0]")));
}
