#include "support/TestSupport.h"

#include "json/JsonTextReader.h"
#include "json/OrderedJson.h"
#include "json/ReportJsonReader.h"
#include "json/ReportJsonWriter.h"
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

// Same members in the same order, same values (numbers compared as doubles, so 35.0 equals 35).
// Returns the path of the first difference, or an empty string.
QString firstDifference(const OrderedJson& a, const OrderedJson& b, const QString& path = QStringLiteral("$"))
{
    if (a.type() != b.type()) return path + QStringLiteral(" (type)");
    switch (a.type()) {
    case OrderedJson::Type::Null:
        return QString();
    case OrderedJson::Type::Bool:
        return a.toBool() == b.toBool() ? QString() : path;
    case OrderedJson::Type::Number:
        return a.toDouble() == b.toDouble() ? QString() : path;
    case OrderedJson::Type::String:
        return a.toString() == b.toString() ? QString() : path;
    case OrderedJson::Type::Array:
        if (a.elements().size() != b.elements().size()) return path + QStringLiteral(" (length)");
        for (qsizetype i = 0; i < a.elements().size(); ++i) {
            const QString d =
                firstDifference(a.elements()[i], b.elements()[i], path + QStringLiteral("[%1]").arg(i));
            if (!d.isEmpty()) return d;
        }
        return QString();
    case OrderedJson::Type::Object:
        if (a.members().size() != b.members().size()) return path + QStringLiteral(" (members)");
        for (qsizetype i = 0; i < a.members().size(); ++i) {
            if (a.members()[i].first != b.members()[i].first)
                return path + QStringLiteral(".") + a.members()[i].first + QStringLiteral(" (order)");
            const QString d = firstDifference(a.members()[i].second, b.members()[i].second,
                                              path + QStringLiteral(".") + a.members()[i].first);
            if (!d.isEmpty()) return d;
        }
        return QString();
    }
    return QString();
}

OrderedJson parsed(const QByteArray& bytes)
{
    auto v = JsonTextReader::parse(bytes, QString());
    REQUIRE(v.ok());
    return v.take();
}

} // namespace

TEST_CASE("the shared sample is written back field for field, in the same order", "[json]")
{
    const QByteArray sample = test::readFile(test::sampleFixturePath());
    auto first = ReportJsonReader::read(sample, QStringLiteral("sample-report.json"));
    REQUIRE(first.ok());
    const QByteArray written = ReportJsonWriter::write(first.value());

    CHECK(firstDifference(parsed(sample), parsed(written)).toStdString() == "");
    CHECK(QJsonDocument::fromJson(sample) == QJsonDocument::fromJson(written));

    auto second = ReportJsonReader::read(written, QStringLiteral("again.json"));
    REQUIRE(second.ok());
    CHECK(second.value() == first.value());
    // Writing is deterministic, so an export can be compared with the previous one.
    CHECK(ReportJsonWriter::write(second.value()) == written);
}

TEST_CASE("the sample's details survive reading", "[json]")
{
    const Report r = test::sampleReport();
    REQUIRE(r.entities.size() == 9);
    REQUIRE(r.sections.size() == 9);
    const Section* o4 = r.section(QStringLiteral("objective-4"));
    REQUIRE(o4);
    CHECK(o4->isObjective());
    CHECK(o4->activities.isEmpty());
    const Indicator* i31 = r.indicator(QStringLiteral("3.1"));
    REQUIRE(i31);
    REQUIRE(i31->actuals.contains(1));
    CHECK_FALSE(i31->actuals.value(1).has_value());
    // Disaggregation keeps the author's order, not an alphabetical one.
    const Indicator* i21 = r.indicator(QStringLiteral("2.1"));
    REQUIRE(i21);
    const QList<Disaggregation>& d = i21->disaggregation.value(1);
    REQUIRE(d.size() == 2);
    CHECK(d[1].dimension == QStringLiteral("trafficking_type"));
    REQUIRE(d[1].categories.size() == 4);
    CHECK(d[1].categories[0].name == QStringLiteral("tourism"));
    CHECK(d[1].categories[3].name == QStringLiteral("recruitment"));
    // A side written in the document is current; an empty side is missing.
    const Activity* a31 = r.activity(QStringLiteral("3.1"));
    REQUIRE(a31);
    CHECK(a31->body.state(Language::En) == TranslationState::Current);
    CHECK(a31->body.state(Language::Es) == TranslationState::Missing);
    CHECK(r.comments.size() == 1);
    CHECK(r.comments[0].targetKind == QStringLiteral("section"));
}

TEST_CASE("extensions are written when set and read back", "[json]")
{
    Report r = test::sampleReport();
    r.info.smallNumbers = SmallNumberPolicy{false, 10};
    Section* s = r.section(QStringLiteral("objective-1"));
    REQUIRE(s);
    s->review = Workflow{ReviewStatus::Returned, QStringLiteral("Faltan cifras")};
    s->body.markStale(Language::Es);
    s->title.setPrevious(QStringLiteral("Objective 1 (last year)"),
                         QStringLiteral("Objetivo 1 (año anterior)"));
    Activity* a = r.activity(QStringLiteral("1.2"));
    REQUIRE(a);
    a->review = Workflow{ReviewStatus::Approved, QString()};
    a->status.clear();
    Indicator* i = r.indicator(QStringLiteral("2.1"));
    REQUIRE(i);
    i->key = true;
    i->cumulative = true;
    i->sensitive = false;
    i->review = Workflow{ReviewStatus::Submitted, QStringLiteral("n/a")};
    r.comments.append(Comment{QStringLiteral("activity"), QStringLiteral("1.2"), QStringLiteral("PADF"),
                              QStringLiteral("2023-09-01T08:30:00Z"), QStringLiteral("¿Fecha?"), true});
    r.comments.append(Comment{QStringLiteral("indicator"), QStringLiteral("3.1"), QStringLiteral("MOI"),
                              QStringLiteral("2023-09-02T08:30:00-05:00"), QStringLiteral("Missing actual"),
                              false});

    const QByteArray written = ReportJsonWriter::write(r);
    CHECK(written.contains("\"stale\": [\n          \"es\"\n        ]"));
    CHECK(
        written.contains("\"small_numbers\": {\n      \"enabled\": false,\n      \"threshold\": 10\n    }"));
    CHECK(written.contains("\"return_reason\": \"Faltan cifras\""));
    CHECK(written.contains("\"sensitive\": false"));
    CHECK(written.contains("\"activity\": \"1.2\""));

    auto back = ReportJsonReader::read(written, QStringLiteral("ext.json"));
    REQUIRE(back.ok());
    CHECK(back->section(QStringLiteral("objective-1"))->body.isStale(Language::Es));
    CHECK_FALSE(back->section(QStringLiteral("objective-1"))->body.isStale(Language::En));
    CHECK(back->section(QStringLiteral("objective-1"))->title.previous(Language::Es) ==
          QStringLiteral("Objetivo 1 (año anterior)"));
    CHECK(back.value() == r);
}

TEST_CASE("defaults are not written, so plain documents stay plain", "[json]")
{
    const QByteArray written = ReportJsonWriter::write(test::sampleReport());
    for (const char* extension :
         {"\"stale\"", "\"previous\"", "\"small_numbers\"", "\"return_reason\"", "\"review_status\"",
          "\"review_reason\"", "\"key\"", "\"cumulative\"", "\"sensitive\""})
        CHECK_FALSE(written.contains(extension));
}

TEST_CASE("toJson gives each object in its document form", "[json]")
{
    const Report r = test::sampleReport();
    const QJsonObject o = ReportJsonWriter::toJson(*r.indicator(QStringLiteral("3.1")));
    CHECK(o.value(QStringLiteral("actuals")).toObject().value(QStringLiteral("1")).isNull());
    CHECK(o.value(QStringLiteral("targets")).toObject().value(QStringLiteral("2")).toDouble() == 55);
    auto back = ReportJsonReader::readIndicator(o, QStringLiteral("indicators/3.1"), r);
    REQUIRE(back.ok());
    CHECK(back.value() == *r.indicator(QStringLiteral("3.1")));
}

TEST_CASE("a minimal document needs only the required fields", "[json]")
{
    const QByteArray minimal =
        R"({"format": "cpcreport-json/1", "report": {"template": "colombia-cpc", "reporting_year": 2,
        "period": {"start": "2023-04-26", "end": "2024-04-25"}, "source_language": "en"}})";
    auto r = ReportJsonReader::read(minimal, QStringLiteral("min.json"));
    REQUIRE(r.ok());
    CHECK(r->info.reportingYear == 2);
    CHECK(r->info.sourceLanguage == Language::En);
    CHECK(r->sections.isEmpty());
    CHECK(r->info.smallNumbers == SmallNumberPolicy());
    auto again = ReportJsonReader::read(ReportJsonWriter::write(r.value()), QStringLiteral("min2.json"));
    REQUIRE(again.ok());
    CHECK(again.value() == r.value());
}
