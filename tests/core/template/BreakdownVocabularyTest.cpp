// The template's vocabulary of breakdowns: read, copied into new reports, and added to documents that
// do not label their codes; a template without one still makes a report.
#include "support/TestSupport.h"
#include "template/ReportCreator.h"
#include "template/TemplateLibrary.h"
#include "template/TemplateReader.h"

#include "json/ReportJsonWriter.h"
#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("the colombia-cpc template carries the agreed words for breakdowns in both languages",
          "[template][labels]")
{
    auto t = TemplateLibrary::find(QStringLiteral("colombia-cpc"));
    REQUIRE(t);
    const BreakdownLabels& v = t->tmpl.breakdownLabels;
    CHECK(v.dimension(QStringLiteral("sex")).es() == QStringLiteral("Sexo"));
    CHECK(v.dimension(QStringLiteral("ethnicity")).es() == QStringLiteral("Pertenencia étnica"));
    CHECK(v.category(QStringLiteral("nationality"), QStringLiteral("venezuelan")).es() ==
          QStringLiteral("Venezolana"));
    CHECK(v.category(QStringLiteral("age_group"), QStringLiteral("adolescence")).es() ==
          QStringLiteral("Adolescencia (12 a 17 años)"));
    // Every entry is labelled on both sides.
    for (const BreakdownLabels::Dimension& d : v.dimensions()) {
        INFO(d.code.toStdString());
        CHECK_FALSE(d.label.en().isEmpty());
        CHECK_FALSE(d.label.es().isEmpty());
        for (const BreakdownLabels::Category& c : d.categories) {
            INFO(c.code.toStdString());
            CHECK_FALSE(c.label.en().isEmpty());
            CHECK_FALSE(c.label.es().isEmpty());
        }
    }
}

TEST_CASE(
    "a new report gets the template's vocabulary, and a document keeps its own labels and gets the rest",
    "[template][labels]")
{
    auto made = ReportCreator::fromTemplate(QStringLiteral("colombia-cpc"), 1);
    REQUIRE(made);
    auto t = TemplateLibrary::find(QStringLiteral("colombia-cpc"));
    REQUIRE(t);
    CHECK(made.value().report.breakdownLabels == t->tmpl.breakdownLabels);

    Report own = test::sampleReport();
    own.breakdownLabels.setDimension(QStringLiteral("sex"), Language::Es,
                                     QStringLiteral("Sexo asignado al nacer"));
    auto read = ReportCreator::fromJson(ReportJsonWriter::write(own), QStringLiteral("own.json"));
    REQUIRE(read);
    const BreakdownLabels& l = read.value().report.breakdownLabels;
    CHECK(l.dimension(QStringLiteral("sex")).es() == QStringLiteral("Sexo asignado al nacer"));
    CHECK(l.dimension(QStringLiteral("sex")).en() == QStringLiteral("")); // its own entry wins whole
    CHECK(l.category(QStringLiteral("sex"), QStringLiteral("female")).es() == QStringLiteral("Femenino"));
    CHECK(l.dimension(QStringLiteral("role")).es() == QStringLiteral("Cargo"));
}

TEST_CASE("a template without a vocabulary reads and makes a report with no labels", "[template][labels]")
{
    auto t = TemplateLibrary::find(QStringLiteral("colombia-cpc"));
    REQUIRE(t);
    QByteArray json = t->json;
    const qsizetype at = json.indexOf(",\n  \"breakdown_labels\"");
    REQUIRE(at > 0);
    json.truncate(at);
    json += "\n}\n";
    auto bare = TemplateReader::read(json, QStringLiteral("bare.json"));
    REQUIRE(bare);
    CHECK(bare.value().breakdownLabels.isEmpty());
}
