#include "TemplateTestData.h"
#include "template/TemplateReader.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

// Reads `json` as "t.json" and returns the error, failing the test when it reads.
Error errorOf(const QByteArray& json)
{
    auto r = TemplateReader::read(json, QStringLiteral("t.json"));
    if (r.ok()) FAIL("expected an error, but the template read");
    return r.error();
}

} // namespace

TEST_CASE("wrong types are errors naming the JSON path", "[template][errors]")
{
    struct Case {
        QByteArray from, to, where;
    };
    const Case cases[] = {
        {R"("name": {"en": "Mini template", "es": "Plantilla mínima"})", R"("name": "Mini")", "t.json: name"},
        {R"("variance_threshold": 15)", R"("variance_threshold": "15")", "t.json: variance_threshold"},
        {R"("small_number_threshold": 3)", R"("small_number_threshold": 2.5)",
         "t.json: small_number_threshold"},
        {R"("first_period_start": "2022-04-26")", R"("first_period_start": "2022-02-30")",
         "t.json: first_period_start"},
        {R"("source_language": "es")", R"("source_language": "fr")", "t.json: source_language"},
        {R"("number": 2)", R"("number": "2")", "t.json: objectives[1].number"},
        {R"("required": true)", R"("required": "yes")", "t.json: sections[1].required"},
        {R"("suggested_words": {"min": 100, "max": 300})", R"("suggested_words": {"min": 100, "max": -1})",
         "t.json: sections[0].suggested_words.max"},
        {R"("suggested_words": {"min": 100, "max": 300})", R"("suggested_words": {"min": 400, "max": 300})",
         "t.json: sections[0].suggested_words.max"},
        {R"("guidance": {"en": "Say what happened.")", R"("guidance": {"en": 7)",
         "t.json: sections[0].guidance.en"},
        {R"("targets": {"1": 100, "2": 200})", R"("targets": {"1": "100", "2": 200})",
         "t.json: indicators[0].targets[\"1\"]"},
        {R"("activity_guidance": {"en")", R"("activity_guidance": {"fr")", "t.json: activity_guidance.fr"},
    };
    for (const Case& c : cases) {
        INFO(c.to.toStdString());
        const Error e = errorOf(minimalTemplateWith(c.from, c.to));
        CHECK(e.where == QString::fromUtf8(c.where));
        CHECK_FALSE(e.message.isEmpty());
    }
    // An object where a list belongs.
    const QByteArray bare = R"({"format": "cpcreport-template/1", "id": "b", "name": {"en": "B"},
        "first_period_start": "2020-01-01", "sections": {"id": "s"}})";
    CHECK(errorOf(bare).where == QStringLiteral("t.json: sections"));
}

TEST_CASE("an unknown section kind is an error naming the section", "[template][errors]")
{
    const Error e = errorOf(minimalTemplateWith(R"("kind": "recommendations")", R"("kind": "annex")"));
    CHECK(e.where == QStringLiteral("t.json: sections[2].kind"));
    CHECK(e.message.contains(QStringLiteral("narrative")));
}

TEST_CASE("duplicate ids are errors naming the second one", "[template][errors]")
{
    CHECK(errorOf(minimalTemplateWith(R"("id": "recs")", R"("id": "summary")")).where ==
          QStringLiteral("t.json: sections[2].id"));
    CHECK(errorOf(minimalTemplateWith(R"("id": "PADF")", R"("id": "MOI")")).where ==
          QStringLiteral("t.json: entities[1].id"));
    CHECK(errorOf(minimalTemplateWith(R"("number": 2)", R"("number": 1)")).where ==
          QStringLiteral("t.json: objectives[1].number"));
    // Two sections for one objective, and a second recommendations section.
    CHECK(errorOf(minimalTemplateWith(R"("id": "recs", "kind": "recommendations")",
                                      R"("id": "obj-1b", "kind": "objective", "objective": 1)"))
              .where == QStringLiteral("t.json: sections[2].objective"));
    CHECK(errorOf(minimalTemplateWith(R"("id": "summary", "kind": "narrative")",
                                      R"("id": "summary", "kind": "recommendations")"))
              .where == QStringLiteral("t.json: sections[2].kind"));
    CHECK(errorOf(minimalTemplateWith(R"("id": "begging")",
                                      R"("id": "begging", "name": {"en": "x"}}, {"id": "begging")"))
              .where == QStringLiteral("t.json: trafficking_types[1].id"));
    CHECK(
        errorOf(
            minimalTemplateWith(
                R"("term": {"en": "Child", "es": "NNA"}, "definition": {"en": "Under 18.", "es": "Menor de 18 años."}})",
                R"("term": {"en": "Child"}}, {"term": {"en": "Child"}})"))
            .where == QStringLiteral("t.json: glossary[1].term.en"));
}

TEST_CASE("references and rules between fields are checked", "[template][errors]")
{
    CHECK(errorOf(minimalTemplateWith(R"("prepared_by": "MOI")", R"("prepared_by": "XYZ")")).where ==
          QStringLiteral("t.json: prepared_by"));
    CHECK(errorOf(minimalTemplateWith(R"("assigned_to": ["MOI"])", R"("assigned_to": ["MOI", "NOBODY"])"))
              .where == QStringLiteral("t.json: sections[0].assigned_to[1]"));
    CHECK(errorOf(minimalTemplateWith(R"("kind": "narrative",)", R"("kind": "narrative", "objective": 1,)"))
              .where == QStringLiteral("t.json: sections[0].objective"));
    CHECK(errorOf(minimalTemplateWith(R"("kind": "objective", "objective": 1)",
                                      R"("kind": "objective", "objective": 3)"))
              .where == QStringLiteral("t.json: sections[1].objective"));
    CHECK(errorOf(minimalTemplateWith(R"("kind": "objective", "objective": 1,)", R"("kind": "objective",)"))
              .where == QStringLiteral("t.json: sections[1].objective"));
    CHECK(errorOf(minimalTemplateWith(R"("targets": {"1": 100, "2": 200})",
                                      R"("targets": {"1": 100}, "actuals": {"1": 90})"))
              .where == QStringLiteral("t.json: indicators[0].actuals"));
    CHECK(errorOf(minimalTemplateWith(R"("title": {"en": "Summary", "es": "Resumen"})",
                                      R"("title": {"en": "Summary"})"))
              .where == QStringLiteral("t.json: sections[0].title"));
    CHECK(errorOf(minimalTemplateWith(R"("id": "mini")", R"("id": "../evil")")).where ==
          QStringLiteral("t.json: id"));
    CHECK(errorOf(minimalTemplateWith(R"("partnership")", R"("partnrship")")).where ==
          QStringLiteral("t.json: partnrship"));
    CHECK(errorOf(minimalTemplateWith(R"("id": "begging")", R"("id": "smuggling")")).where ==
          QStringLiteral("t.json: trafficking_types[0].id"));
}

TEST_CASE("the format is checked first", "[template][errors]")
{
    Error e = errorOf(
        minimalTemplateWith(R"("format": "cpcreport-template/1")", R"("format": "cpcreport-template/2")"));
    CHECK(e.where == QStringLiteral("t.json: format"));
    CHECK(e.message.contains(QStringLiteral("newer")));
    e = errorOf(
        minimalTemplateWith(R"("format": "cpcreport-template/1")", R"("format": "cpcreport-json/1")"));
    CHECK(e.where == QStringLiteral("t.json: format"));
    CHECK(e.message.contains(QStringLiteral("not a CPC Report Studio template")));
    e = errorOf(minimalTemplateWith(R"("format": "cpcreport-template/1",)", ""));
    CHECK(e.where == QStringLiteral("t.json: format"));
    CHECK(errorOf(minimalTemplateWith(R"("id": "mini",)", "")).where == QStringLiteral("t.json: id"));
    CHECK(errorOf("[1, 2]").where == QStringLiteral("t.json"));
}

TEST_CASE("broken bytes are errors, never crashes", "[template][errors]")
{
    const QByteArray full = minimalTemplateJson();
    SECTION("truncated JSON names the place")
    {
        for (qsizetype cut :
             {qsizetype(0), qsizetype(1), full.size() / 3, full.size() / 2, full.size() - 3}) {
            INFO("cut at " << cut);
            const Error e = errorOf(full.left(cut));
            CHECK(e.where.startsWith(QStringLiteral("t.json")));
            CHECK_FALSE(e.message.isEmpty());
        }
    }
    SECTION("binary bytes")
    {
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 131 + 7) % 256));
        CHECK(errorOf(junk).where.startsWith(QStringLiteral("t.json")));
        CHECK(errorOf(minimalTemplateWith("Plantilla m\xc3\xadnima", "Plantilla m\xff\xfenima"))
                  .where.startsWith(QStringLiteral("t.json")));
        CHECK(errorOf(QByteArray("{\"format\": \"cpcreport-template/1\"\0}", 36))
                  .where.startsWith(QStringLiteral("t.json")));
    }
    SECTION("a control character inside a text")
    {
        CHECK(errorOf(minimalTemplateWith("Say what happened.", "Say \\u0007 what happened.")).where ==
              QStringLiteral("t.json: sections[0].guidance.en"));
    }
    SECTION("too big or too deep")
    {
        QByteArray big = full;
        big.insert(big.indexOf("Say what happened."), QByteArray(TemplateReader::kMaxTemplateBytes, 'a'));
        CHECK(errorOf(big).message.contains(QStringLiteral("bytes")));
        const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
        CHECK(errorOf(deep).where.startsWith(QStringLiteral("t.json")));
    }
    SECTION("every prefix of a valid template fails cleanly")
    {
        // The last "}" closes the document, so every shorter prefix is incomplete.
        int failures = 0, prefixes = 0;
        for (qsizetype cut = 0; cut < full.size() - 2; cut += 7, ++prefixes)
            if (!TemplateReader::read(full.left(cut)).ok()) ++failures;
        CHECK(failures == prefixes);
    }
}
