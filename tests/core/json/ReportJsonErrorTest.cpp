#include "support/TestSupport.h"
#include "util/Limits.h"

#include "json/ReportJsonReader.h"
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

const QString kFile = QStringLiteral("bad.json");

QByteArray sample()
{
    return test::readFile(test::sampleFixturePath());
}

// The sample with the first occurrence of `from` replaced; fails the test if `from` is not there, so a
// case can never pass by testing the unchanged sample.
QByteArray mutated(const char* from, const char* to)
{
    QByteArray s = sample();
    const qsizetype at = s.indexOf(from);
    if (at < 0) FAIL("the sample no longer contains: " << from);
    return s.replace(at, qsizetype(qstrlen(from)), to);
}

Error errorOf(const QByteArray& bytes)
{
    auto r = ReportJsonReader::read(bytes, kFile);
    if (r.ok()) FAIL("the document was accepted");
    return r.error();
}

struct Case {
    const char* name;
    QByteArray bytes;
    const char* where;   // expected `where` after "bad.json: " (empty: exactly the file name)
    const char* message; // a part of the message
};

} // namespace

TEST_CASE("bad documents are refused with the place and what was expected", "[json][errors]")
{
    QByteArray objectInsteadOfList = mutated("\"glossary\": [", "\"glossary\": {\"x\": [");
    REQUIRE(objectInsteadOfList.contains("  ],\n  \"comments\""));
    objectInsteadOfList.replace("  ],\n  \"comments\"", "  ]},\n  \"comments\"");
    const std::vector<Case> cases{
        {"not an object", "[]", "", "object"},
        {"null document", "null", "", "object"},
        {"a number", "42", "", "object"},
        {"missing format", mutated("\"format\": \"cpcreport-json/1\",", ""), "format", "missing"},
        {"newer format", mutated("cpcreport-json/1", "cpcreport-json/2"), "format", "newer version"},
        {"foreign format", mutated("cpcreport-json/1", "gdocs/3"), "format", "cpcreport-json/1"},
        {"missing report", "{\"format\": \"cpcreport-json/1\"}", "report", "missing"},
        {"unknown top-level field", mutated("\"entities\": [", "\"extra\": 1, \"entities\": ["), "extra",
         "unknown field"},
        {"reporting year 0", mutated("\"reporting_year\": 1", "\"reporting_year\": 0"),
         "report.reporting_year", "1 to 50"},
        {"reporting year as text", mutated("\"reporting_year\": 1", "\"reporting_year\": \"1\""),
         "report.reporting_year", "whole number"},
        {"reporting year 1.5", mutated("\"reporting_year\": 1", "\"reporting_year\": 1.5"),
         "report.reporting_year", "whole number"},
        {"date that does not exist", mutated("2022-04-26", "2022-02-30"), "report.period.start",
         "does not exist"},
        {"date in another form", mutated("2022-04-26", "26/04/2022"), "report.period.start", "YYYY-MM-DD"},
        {"period ends before it starts", mutated("2023-04-25", "2021-04-25"), "report.period.end",
         "before it starts"},
        {"source language", mutated("\"source_language\": \"es\"", "\"source_language\": \"fr\""),
         "report.source_language", "en, es"},
        {"prepared by unknown entity", mutated("\"prepared_by\": \"MOI\"", "\"prepared_by\": \"XYZ\""),
         "report.prepared_by", "unknown entity 'XYZ'"},
        {"small numbers threshold",
         mutated("\"prepared_by\": \"MOI\"",
                 "\"prepared_by\": \"MOI\", \"small_numbers\": {\"threshold\": -1}"),
         "report.small_numbers.threshold", "whole number"},
        {"entity kind", mutated("\"kind\": \"government\"", "\"kind\": \"ngo\""), "entities[0].kind",
         "implementing_partner"},
        {"duplicate entity id", mutated("\"id\": \"MOL\"", "\"id\": \"MOI\""), "entities[1].id",
         "already an entity 'MOI'"},
        {"empty entity id", mutated("\"id\": \"MOL\"", "\"id\": \"  \""), "entities[1].id", "non-empty"},
        {"duplicate field",
         mutated("\"kind\": \"government\",", "\"kind\": \"government\", \"kind\": \"other\","),
         "entities[0].kind", "twice"},
        {"section kind", mutated("\"kind\": \"narrative\"", "\"kind\": \"chapter\""), "sections[0].kind",
         "areas_for_improvement"},
        {"section status", mutated("\"status\": \"submitted\"", "\"status\": \"done\""), "sections[0].status",
         "not_started"},
        {"title as plain text",
         mutated("\"title\": {\n        \"en\": \"Executive summary\",\n        \"es\": \"Resumen "
                 "ejecutivo\"\n      }",
                 "\"title\": \"Executive summary\""),
         "sections[0].title", "object"},
        {"objective 5", mutated("\"objective\": 1,\n      \"title\"", "\"objective\": 5,\n      \"title\""),
         "sections[1].objective", "1 to 4"},
        {"objective section without number", mutated("\"objective\": 1,\n      \"title\"", "\"title\""),
         "sections[1].objective", "objective number"},
        {"activities outside an objective",
         mutated("\"kind\": \"sustainability\",", "\"kind\": \"sustainability\", \"activities\": [],"),
         "sections[6].activities", "objective"},
        {"assigned to unknown entity",
         mutated("\"assigned_to\": [\n        \"FGN\"", "\"assigned_to\": [\n        \"XXX\""),
         "sections[3].assigned_to[0]", "unknown entity 'XXX'"},
        {"activity status", mutated("\"status\": \"planned\"", "\"status\": \"finished\""),
         "sections[1].activities[1].status", "in_progress"},
        {"trafficking type",
         mutated("\"trafficking_types\": [\n            \"online\"",
                 "\"trafficking_types\": [\n            \"labor\""),
         "sections[1].activities[1].trafficking_types[0]", "recruitment"},
        {"trafficking type twice",
         mutated("\"trafficking_types\": [\n            \"online\"",
                 "\"trafficking_types\": [\n            \"online\", \"online\""),
         "sections[1].activities[1].trafficking_types[1]", "twice"},
        {"activity id used in another section",
         mutated("\"id\": \"2.1\",\n          \"title\"", "\"id\": \"1.1\",\n          \"title\""),
         "sections[2].activities[0].id", "another section"},
        {"unknown activity field",
         mutated("\"id\": \"1.1\",\n          \"title\"",
                 "\"id\": \"1.1\", \"owner\": 1,\n          \"title\""),
         "sections[1].activities[0].owner", "unknown field 'owner'"},
        {"responsible unknown",
         mutated("\"responsible\": [\n            \"ABA-ROLI\"", "\"responsible\": [\n            \"ABA\""),
         "sections[3].activities[0].responsible[0]", "unknown entity 'ABA'"},
        {"target as text", mutated("\"2\": 180,", "\"2\": \"180\","), "indicators[1].targets[\"2\"]",
         "expected a number"},
        {"year key 0", mutated("\"1\": 150,", "\"0\": 150,"), "indicators[1].targets[\"0\"]",
         "reporting year"},
        {"year key 01", mutated("\"1\": 150,", "\"01\": 150,"), "indicators[1].targets[\"01\"]",
         "reporting year"},
        {"year key 51", mutated("\"1\": 150,", "\"51\": 150,"), "indicators[1].targets[\"51\"]",
         "reporting year"},
        {"number too large", mutated("\"1\": 47.5", "\"1\": 1e300"), "indicators[2].actuals[\"1\"]",
         "at most"},
        {"unit", mutated("\"unit\": \"percent\"", "\"unit\": \"dollars\""), "indicators[2].unit",
         "currency_usd"},
        {"direction", mutated("\"direction\": \"decrease\"", "\"direction\": \"down\""),
         "indicators[4].direction", "increase"},
        {"disaggregation value as text", mutated("\"female\": 201", "\"female\": \"201\""),
         "indicators[0].disaggregation[\"1\"][\"sex\"][\"female\"]", "number"},
        {"disaggregation value null", mutated("\"female\": 201", "\"female\": null"),
         "indicators[0].disaggregation[\"1\"][\"sex\"][\"female\"]", "number"},
        {"baseline unknown field", mutated("\"value\": 0,", "\"value\": 0, \"year\": 2021,"),
         "indicators[0].baseline.year", "unknown field"},
        {"indicator objective missing", mutated("\"objective\": 4,\n      \"name\"", "\"name\""),
         "indicators[5].objective", "missing"},
        {"duplicate indicator", mutated("\"id\": \"2.2\"", "\"id\": \"2.1\""), "indicators[2].id",
         "already an indicator '2.1'"},
        {"sensitive as text", mutated("\"id\": \"4.1\",", "\"id\": \"4.1\", \"sensitive\": \"yes\","),
         "indicators[5].sensitive", "true or false"},
        {"duplicate glossary term", mutated("\"en\": \"Child trafficking\"", "\"en\": \"Child\""),
         "glossary[1].term.en", "already has the term"},
        {"glossary without English term", mutated("\"en\": \"Child trafficking\"", "\"en\": \"\""),
         "glossary[1].term.en", "English term"},
        {"comment on unknown section",
         mutated("\"section\": \"objective-3\"", "\"section\": \"objective-9\""), "comments[0].section",
         "objective-9"},
        {"comment with two targets",
         mutated("\"section\": \"objective-3\"", "\"section\": \"objective-3\", \"indicator\": \"2.1\""),
         "comments[0]", "exactly one"},
        {"comment time", mutated("2023-08-01T10:00:00Z", "yesterday"), "comments[0].at", "ISO 8601"},
        {"comment time that does not exist", mutated("2023-08-01T10:00:00Z", "2023-02-30T10:00:00Z"),
         "comments[0].at", "ISO 8601"},
        {"resolved as text", mutated("\"resolved\": false", "\"resolved\": \"no\""), "comments[0].resolved",
         "true or false"},
        {"control character", mutated("Executive summary", "Executive\\u0001summary"), "sections[0].title.en",
         "control character"},
        {"half a surrogate pair", mutated("Executive summary", "Executive \\ud800 summary"),
         "sections[0].title.en", "surrogate"},
        {"stale on both sides",
         mutated("\"es\": \"Resumen ejecutivo\"",
                 "\"es\": \"Resumen ejecutivo\", \"stale\": [\"en\", \"es\"]"),
         "sections[0].title.stale", "one side"},
        {"stale side unknown",
         mutated("\"es\": \"Resumen ejecutivo\"", "\"es\": \"Resumen ejecutivo\", \"stale\": [\"fr\"]"),
         "sections[0].title.stale[0]", "en, es"},
        {"stale when the other side is empty",
         mutated("\"es\": \"\"\n          }", "\"es\": \"\", \"stale\": [\"en\"]\n          }"),
         "sections[3].activities[0].body.stale", "both sides"},
        {"text instead of list",
         mutated("\"assigned_to\": [\n        \"MOI\"\n      ],\n      \"status\": \"submitted\"",
                 "\"assigned_to\": \"MOI\",\n      \"status\": \"submitted\""),
         "sections[0].assigned_to", "list"},
        {"object instead of list", objectInsteadOfList, "glossary", "list"},
    };
    REQUIRE(cases.size() >= 30);
    for (const Case& c : cases) {
        INFO(c.name);
        const Error e = errorOf(c.bytes);
        const QString expected = QString::fromUtf8(c.where).isEmpty()
                                     ? kFile
                                     : kFile + QStringLiteral(": ") + QString::fromUtf8(c.where);
        CHECK(e.where.toStdString() == expected.toStdString());
        CHECK_THAT(e.message.toStdString(), Catch::Contains(c.message));
    }
}

TEST_CASE("unreadable files are refused before parsing, with their place", "[json][errors]")
{
    SECTION("empty and blank files")
    {
        for (const QByteArray& bytes : {QByteArray(), QByteArray(" \n\t ")}) {
            const Error e = errorOf(bytes);
            CHECK(e.where == kFile);
            CHECK(e.message.contains(QStringLiteral("empty")));
        }
    }
    SECTION("a truncated document")
    {
        const QByteArray s = sample();
        const Error e = errorOf(s.left(s.size() / 2));
        CHECK(e.where.startsWith(kFile + QStringLiteral(", line ")));
        CHECK(e.message.contains(QStringLiteral("not valid JSON")));
    }
    SECTION("a syntax error gives line and column")
    {
        const Error e = errorOf(mutated("\"reporting_year\": 1,", "\"reporting_year\": 1,,"));
        CHECK(e.where.toStdString() == "bad.json, line 13, column 25");
    }
    SECTION("invalid UTF-8 gives the byte offset and line")
    {
        QByteArray s = sample();
        const qsizetype at = s.indexOf("Ministry of Labor");
        s[at] = char(0xFF);
        const Error e = errorOf(s);
        CHECK(e.message.contains(QString::number(at)));
        CHECK(e.where.toStdString() == "bad.json, line 42, column 16");
    }
    SECTION("Latin-1 text instead of UTF-8")
    {
        const Error e = errorOf(QByteArray("{\"format\": \"cpcreport-json/1\", \"x\": \"Ni\xF1o\"}"));
        CHECK(e.message.contains(QStringLiteral("UTF-8")));
        CHECK(e.where.toStdString() == "bad.json, line 1, column 40");
    }
    SECTION("nesting too deep")
    {
        const QByteArray deep = QByteArray(100, '[') + QByteArray(100, ']');
        const Error e = errorOf(deep);
        CHECK(e.where == kFile + QStringLiteral(", line 1, column %1").arg(Limits::kMaxJsonDepth + 1));
        CHECK(e.message.contains(QStringLiteral("nested")));
    }
    SECTION("a file over the size limit")
    {
        const QByteArray big(Limits::kMaxJsonBytes + 1, ' ');
        const Error e = errorOf(big);
        CHECK(e.where == kFile);
        CHECK(e.message.contains(QStringLiteral("MB")));
    }
    SECTION("a text over the length limit")
    {
        const QByteArray longText(Limits::kMaxTextLength + 1, 'a');
        const Error e = errorOf(mutated("Prevention work this year", longText.constData()));
        CHECK(e.where == kFile + QStringLiteral(": sections[1].body.en"));
    }
    SECTION("random bytes never crash")
    {
        QRandomGenerator rng(20260101);
        for (int round = 0; round < 200; ++round) {
            QByteArray junk(int(rng.bounded(1, 400)), '\0');
            for (char& c : junk)
                c = char(rng.bounded(256));
            auto r = ReportJsonReader::read(junk, kFile);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().where.startsWith(kFile));
            CHECK_FALSE(r.error().message.isEmpty());
        }
    }
    SECTION("every truncation of the sample is refused cleanly")
    {
        const QByteArray s = sample();
        for (qsizetype n = 0; n < s.size() - 2; n += 97) {
            auto r = ReportJsonReader::read(s.left(n), kFile);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().where.startsWith(kFile));
        }
    }
}

TEST_CASE("damaged copies of the sample never crash the reader", "[json][errors]")
{
    const QByteArray s = sample();
    QRandomGenerator rng(4242);
    int accepted = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray damaged = s;
        const int edits = int(rng.bounded(1, 4));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = rng.bounded(int(damaged.size()));
            switch (rng.bounded(3)) {
            case 0:
                damaged[at] = char(rng.bounded(256));
                break;
            case 1:
                damaged.remove(at, rng.bounded(1, 40));
                break;
            default:
                damaged.insert(at, "{[\"\\u00e9\":,]}"[rng.bounded(14)]);
            }
        }
        auto r = ReportJsonReader::read(damaged, kFile);
        if (r.ok()) {
            ++accepted; // a change inside a text can leave a valid document
            continue;
        }
        CHECK(r.error().where.startsWith(kFile));
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(accepted < 400);
}
