#include "template/TemplateReader.h"

#include "TemplateTestData.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

TEST_CASE("a complete small template reads into every field", "[template]")
{
    auto r = TemplateReader::read(minimalTemplateJson(), QStringLiteral("mini.json"));
    REQUIRE(r.ok());
    const Template& t = r.value();
    CHECK(t.id == QStringLiteral("mini"));
    CHECK(t.name.es() == QStringLiteral("Plantilla mínima"));
    CHECK(t.partnership.en() == QStringLiteral("Mini partnership"));
    CHECK(t.titlePattern.en() == QStringLiteral("Annual report, year {year}"));
    CHECK(t.firstPeriodStart == QStringLiteral("2022-04-26"));
    CHECK(t.sourceLanguage == Language::Es);
    CHECK(t.preparedBy == QStringLiteral("MOI"));
    CHECK(t.varianceThreshold == 15);
    CHECK(t.smallNumberThreshold == 3);
    REQUIRE(t.objectives.size() == 2);
    CHECK(t.objective(2)->name.es() == QStringLiteral("Protección"));
    CHECK(t.objective(3) == nullptr);
    REQUIRE(t.traffickingTypes.size() == 1);
    CHECK(t.traffickingTypes[0].id == QStringLiteral("begging"));
    REQUIRE(t.entities.size() == 2);
    CHECK(t.entities[1].kind == QStringLiteral("implementing_partner"));
    REQUIRE(t.sections.size() == 3);
    CHECK(t.sections[0].minWords == 100);
    CHECK(t.sections[0].maxWords == 300);
    CHECK(t.sections[0].guidance.es() == QStringLiteral("Cuente qué pasó."));
    CHECK(t.sections[1].objective == 1);
    CHECK(t.sections[1].assignedTo == QStringList{QStringLiteral("MOI"), QStringLiteral("PADF")});
    CHECK_FALSE(t.sections[2].required);
    CHECK(t.activityGuidance.en() == QStringLiteral("Describe the activity."));
    CHECK(t.indicatorGuidance.es() == QStringLiteral("Dé la cifra."));
    REQUIRE(t.indicators.size() == 1);
    CHECK(t.indicators[0].targets.value(2) == 200.0);
    REQUIRE(t.glossary.size() == 1);
    CHECK(t.glossary[0].term.es() == QStringLiteral("NNA"));
}

TEST_CASE("sections are found by id and by kind", "[template]")
{
    const Template t = TemplateReader::read(minimalTemplateJson()).take();
    REQUIRE(t.section(QStringLiteral("recs")) != nullptr);
    CHECK(t.section(QStringLiteral("recs"))->kind == QStringLiteral("recommendations"));
    CHECK(t.section(QStringLiteral("nope")) == nullptr);
    REQUIRE(t.sectionOfKind(QStringLiteral("objective"), 1) != nullptr);
    CHECK(t.sectionOfKind(QStringLiteral("objective"), 1)->id == QStringLiteral("obj-1"));
    CHECK(t.sectionOfKind(QStringLiteral("objective"), 2) == nullptr);
    CHECK(t.sectionOfKind(QStringLiteral("narrative"))->id == QStringLiteral("summary"));
    CHECK(t.sectionOfKind(QStringLiteral("sustainability")) == nullptr);
}

TEST_CASE("optional fields take their defaults", "[template]")
{
    const QByteArray json = R"({"format": "cpcreport-template/1", "id": "bare", "name": {"en": "Bare"},
        "first_period_start": "2020-01-01",
        "sections": [{"id": "s", "kind": "narrative", "title": {"en": "S", "es": "S"}}]})";
    auto r = TemplateReader::read(json);
    REQUIRE(r.ok());
    CHECK(r->varianceThreshold == 10);
    CHECK(r->smallNumberThreshold == 5);
    CHECK(r->sourceLanguage == Language::Es);
    CHECK(r->sections[0].required);
    CHECK(r->sections[0].minWords == 0);
    CHECK(r->objectives.isEmpty());
}

TEST_CASE("the shipped colombia-cpc template reads and holds the partnership's structure",
          "[template][shipped]")
{
    const Template t = shippedTemplate();
    CHECK(t.id == QStringLiteral("colombia-cpc"));
    CHECK(t.firstPeriodStart == QStringLiteral("2022-04-26"));
    CHECK(t.sourceLanguage == Language::Es);
    CHECK(t.preparedBy == QStringLiteral("MOI"));
    CHECK(t.varianceThreshold == 10);
    CHECK(t.smallNumberThreshold == 5);
    CHECK(t.titlePattern.en().contains(QStringLiteral("{year}")));
    CHECK(t.titlePattern.es().contains(QStringLiteral("{year}")));

    REQUIRE(t.objectives.size() == 4);
    const QStringList es{QStringLiteral("Prevención"), QStringLiteral("Protección"),
                         QStringLiteral("Judicialización"), QStringLiteral("Alianza")};
    for (int n = 1; n <= 4; ++n) {
        INFO("objective " << n);
        REQUIRE(t.objective(n) != nullptr);
        CHECK(t.objective(n)->name.es() == es[n - 1]);
        CHECK_FALSE(t.objective(n)->description.en().isEmpty());
        CHECK_FALSE(t.objective(n)->description.es().isEmpty());
        CHECK(t.sectionOfKind(QStringLiteral("objective"), n) != nullptr);
    }
    for (const char* kind :
         {"narrative", "recommendations", "sustainability", "areas_for_improvement", "indicators"}) {
        INFO(kind);
        CHECK(t.sectionOfKind(QString::fromLatin1(kind)) != nullptr);
    }

    QStringList types;
    for (const auto& type : t.traffickingTypes) {
        types << type.id;
        CHECK_FALSE(type.description.en().isEmpty());
        CHECK_FALSE(type.description.es().isEmpty());
    }
    CHECK(types == QStringList{QStringLiteral("tourism"), QStringLiteral("online"), QStringLiteral("begging"),
                               QStringLiteral("recruitment")});

    QStringList ids;
    for (const Entity& e : t.entities)
        ids << e.id;
    for (const char* id : {"MOI", "MOL", "MFA", "ICBF", "FGN", "NORC", "RENACER", "ABA-ROLI", "PADF"}) {
        INFO(id);
        CHECK(ids.contains(QString::fromLatin1(id)));
    }

    QStringList terms;
    for (const GlossaryEntry& g : t.glossary) {
        terms << g.term.en();
        CHECK_FALSE(g.term.es().isEmpty());
        CHECK_FALSE(g.definition.en().isEmpty());
        CHECK_FALSE(g.definition.es().isEmpty());
    }
    for (const char* term : {"Child", "Child trafficking", "Child sex trafficking", "Forced child labor",
                             "Forced recruitment", "Victim-centered approach", "Trauma-informed approach",
                             "Survivor-informed approach", "Comprehensive services"}) {
        INFO(term);
        CHECK(terms.contains(QString::fromLatin1(term)));
    }
}

TEST_CASE("every section of the shipped template guides the writer in both languages", "[template][shipped]")
{
    const Template t = shippedTemplate();
    REQUIRE(t.sections.size() >= 9);
    for (const TemplateSection& s : t.sections) {
        INFO(s.id.toStdString());
        CHECK(s.guidance.en().size() > 200);
        CHECK(s.guidance.es().size() > 200);
        CHECK_FALSE(s.title.en().isEmpty());
        CHECK_FALSE(s.title.es().isEmpty());
        CHECK(s.minWords > 0);
        CHECK(s.maxWords >= s.minWords);
        CHECK_FALSE(s.assignedTo.isEmpty());
    }
    CHECK(t.activityGuidance.en().size() > 100);
    CHECK(t.activityGuidance.es().size() > 100);
    CHECK(t.indicatorGuidance.en().size() > 100);
    CHECK(t.indicatorGuidance.es().size() > 100);
}

TEST_CASE("the example in docs/templates.md is a valid template", "[template][docs]")
{
    const QString doc = QString::fromUtf8(readFile(test::sourcePath(QStringLiteral("docs/templates.md"))));
    const qsizetype at = doc.indexOf(QStringLiteral("```json\n{\n  \"format\": \"cpcreport-template/1\""));
    REQUIRE(at >= 0);
    const qsizetype start = at + 8;
    const qsizetype end = doc.indexOf(QStringLiteral("```"), start);
    REQUIRE(end > start);
    auto t = TemplateReader::read(doc.mid(start, end - start).toUtf8(), QStringLiteral("templates.md"));
    INFO((t.ok() ? QString() : t.error().toString()).toStdString());
    REQUIRE(t.ok());
    CHECK(t->id == QStringLiteral("colombia-cpc-2025"));
    CHECK(t->sections.size() == 4);
    CHECK(t->indicators.size() == 1);
}
