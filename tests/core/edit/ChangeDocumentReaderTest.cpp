#include "edit/ChangeDocumentReader.h"

#include "edit/ChangeApplier.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace cpc;

namespace {

const QString kFile = QStringLiteral("patch.json");

QList<FieldChange> changesOf(const char* json)
{
    auto r = ChangeDocumentReader::read(QByteArray(json), test::sampleReport(), kFile);
    if (!r.ok()) FAIL("refused: " << r.error().toString().toStdString());
    return r.take();
}

Error errorOf(const char* json)
{
    auto r = ChangeDocumentReader::read(QByteArray(json), test::sampleReport(), kFile);
    if (r.ok()) FAIL("the change document was accepted");
    return r.error();
}

std::string paths(const QList<FieldChange>& changes)
{
    QStringList out;
    for (const FieldChange& c : changes)
        out << c.path.toString() + (c.confirm ? QStringLiteral(" (confirm)") : QString());
    return out.join(QStringLiteral(" | ")).toStdString();
}

} // namespace

TEST_CASE("a field present in a change document becomes one change at its field path", "[json][changes]")
{
    const auto changes = changesOf(R"({"sections": [{"id": "objective-1", "body": {"en": "x"}}]})");
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].path.toString() == QStringLiteral("sections/objective-1/body/en"));
    CHECK(changes[0].value == QJsonValue(QStringLiteral("x")));
    CHECK_FALSE(changes[0].confirm);
}

TEST_CASE("null clears a field and confirm confirms a translation", "[json][changes]")
{
    const auto changes = changesOf(R"({"format": "cpcreport-json/1",
        "sections": [{"id": "objective-3", "body": {"es": null, "confirm": ["en"]}, "return_reason": null}]})");
    CHECK(paths(changes) == "sections/objective-3/body/es | sections/objective-3/body/en (confirm) | "
                            "sections/objective-3/return_reason");
    CHECK(changes[0].value.isNull());
    CHECK(changes[1].confirm);
}

TEST_CASE("report fields, activities, glossary entries and entities are matched and changed",
          "[json][changes]")
{
    const auto changes = changesOf(R"({
        "report": {"title": {"es": "Informe"}, "period": {"start": "2022-05-01"}, "small_numbers": {"threshold": 3}},
        "entities": [{"id": "PADF", "kind": "other"}],
        "sections": [{"id": "objective-1", "activities": [{"id": "1.1", "status": "completed", "trafficking_types": ["online"]}]}],
        "glossary": [{"term": {"en": "Child", "es": "Niñez"}, "definition": {"es": "Menor de 18 años."}}]})");
    CHECK(paths(changes) ==
          "entities/PADF/kind | report/title/es | report/small_numbers/threshold | report/period/start | "
          "activities/1.1/status | activities/1.1/trafficking_types | glossary/Child/term/es | "
          "glossary/Child/definition/es");
    CHECK(changes[2].value == QJsonValue(3));
    CHECK(changes[5].value == QJsonValue(QJsonArray{QStringLiteral("online")}));
}

TEST_CASE("indicator years, baselines and breakdowns have their own paths", "[json][changes]")
{
    const auto changes = changesOf(R"({"indicators": [{"id": "2.1",
        "baseline": {"value": 125},
        "targets": {"2": 190, "3": null},
        "actuals": {"1": 170},
        "disaggregation": {"1": {"sex": {"female": 121, "male": null}, "trafficking_type": null}},
        "variance_explanation": {"1": {"es": "Más casos"}},
        "key": true, "sensitive": null}]})");
    CHECK(paths(changes) ==
          "indicators/2.1/baseline/value | indicators/2.1/targets/2 | indicators/2.1/targets/3 | "
          "indicators/2.1/actuals/1 | "
          "indicators/2.1/disaggregation/1/sex/female | indicators/2.1/disaggregation/1/sex/male | "
          "indicators/2.1/disaggregation/1/trafficking_type | indicators/2.1/variance_explanation/1/es | "
          "indicators/2.1/key | indicators/2.1/sensitive");
    CHECK(changes[1].value == QJsonValue(190));
    CHECK(changes[2].value.isNull());
    CHECK(changes[5].value.isNull());
    CHECK(changes[6].value.isNull());
}

TEST_CASE("an unknown id creates the whole object, checked like a document", "[json][changes]")
{
    const auto changes = changesOf(R"({
        "entities": [{"id": "UNICEF", "kind": "other", "name": {"en": "UNICEF"}}],
        "sections": [{"id": "annex", "kind": "narrative", "assigned_to": ["UNICEF"]},
                     {"id": "objective-4", "activities": [{"id": "4.1", "responsible": ["MOI"], "status": "planned"}]}],
        "indicators": [{"id": "4.2", "objective": 4, "targets": {"1": 3}}],
        "glossary": [{"term": {"en": "Webcam modeling", "es": "Modelaje webcam"}}]})");
    CHECK(paths(changes) == "entities/UNICEF | sections/annex | sections/objective-4/activities/4.1 | "
                            "indicators/4.2 | glossary/Webcam modeling");
    CHECK(changes[1].value.toObject().value(QStringLiteral("assigned_to")).toArray().first() ==
          QStringLiteral("UNICEF"));
    CHECK(changes[3]
              .value.toObject()
              .value(QStringLiteral("targets"))
              .toObject()
              .value(QStringLiteral("1"))
              .toDouble() == 3);
}

TEST_CASE("remove: true removes an object", "[json][changes]")
{
    const auto changes = changesOf(R"({"indicators": [{"id": "2.2", "remove": true}],
        "sections": [{"id": "objective-1", "activities": [{"id": "1.2", "remove": true}]}],
        "glossary": [{"term": {"en": "Child"}, "remove": true}]})");
    CHECK(paths(changes) == "sections/objective-1/activities/1.2 | indicators/2.2 | glossary/Child");
    for (const FieldChange& c : changes)
        CHECK(c.value.isNull());
}

TEST_CASE("comments are appended, or update the resolved mark of the same comment", "[json][changes]")
{
    const auto changes = changesOf(R"({"comments": [
        {"section": "objective-3", "author": "MOI", "at": "2023-08-01T10:00:00Z",
         "text": "Please add the Spanish text for activity 3.1. / Por favor agregar el texto en español de la actividad 3.1.", "resolved": true},
        {"activity": "1.1", "author": "PADF", "at": "2023-09-01T12:00:00Z", "text": "Bien"}]})");
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].path.toString() == QStringLiteral("comments"));
    const QJsonArray all = changes[0].value.toArray();
    REQUIRE(all.size() == 2);
    CHECK(all[0].toObject().value(QStringLiteral("resolved")).toBool());
    CHECK(all[1].toObject().value(QStringLiteral("activity")).toString() == QStringLiteral("1.1"));
}

TEST_CASE("bad change documents are refused whole, naming the place", "[json][changes]")
{
    struct Case {
        const char* json;
        const char* where;
        const char* message;
    };
    const std::vector<Case> cases{
        {R"({"sections": [{"id": "objective-1", "assigned_to": ["XYZ"]}]})", "sections[0].assigned_to[0]",
         "unknown entity 'XYZ'"},
        {R"({"indicators": [{"id": "2.1", "targets": {"2": "190"}}]})", "indicators[0].targets[\"2\"]",
         "number"},
        {R"({"indicators": [{"id": "2.1", "targets": {"year2": 190}}]})", "indicators[0].targets[\"year2\"]",
         "reporting year"},
        {R"({"sections": [{"id": "objective-1", "body": {"en": 5}}]})", "sections[0].body.en", "text"},
        {R"({"sections": [{"id": "objective-1", "body": {"confirm": ["fr"]}}]})",
         "sections[0].body.confirm[0]", "en, es"},
        {R"({"sections": [{"id": "objective-1", "status": "finished"}]})", "sections[0].status", "approved"},
        {R"({"sections": [{"id": "objective-1", "kind": "narrative"}]})", "sections[0].kind",
         "cannot be changed"},
        {R"({"sections": [{"id": "executive-summary", "activities": []}]})", "sections[0].activities",
         "objective"},
        {R"({"sections": [{"body": {"en": "x"}}]})", "sections[0].id", "missing"},
        {R"({"sections": [{"id": "objective-2", "activities": [{"id": "1.1", "status": "completed"}]}]})",
         "sections[0].activities[0].id", "belongs to the section 'objective-1'"},
        {R"({"sections": [{"id": "new", "kind": "objective"}]})", "sections[0].objective",
         "objective number"},
        {R"({"sections": [{"id": "objective-1", "remove": true, "body": {"en": "x"}}]})", "sections[0]",
         "only its 'id'"},
        {R"({"indicators": [{"id": "9.9", "remove": true}]})", "indicators[0].id", "no indicator '9.9'"},
        {R"({"indicators": [{"id": "2.1", "unit": "people"}]})", "indicators[0].unit", "count"},
        {R"({"indicators": [{"id": "2.1"}, {"id": "2.1"}]})", "indicators[1].id", "twice"},
        {R"({"report": {"period": {"end": "2021-01-01"}}})", "report.period", "before it starts"},
        {R"({"report": {"prepared_by": "NOBODY"}})", "report.prepared_by", "unknown entity"},
        {R"({"report": {"reporting_year": 51}})", "report.reporting_year", "1 to 50"},
        {R"({"comments": [{"indicator": "7.7", "author": "MOI", "at": "2023-08-01T10:00:00Z", "text": "?"}]})",
         "comments[0].indicator", "no indicator '7.7'"},
        {R"({"format": "cpcreport-json/2"})", "format", "newer version"},
        {R"({"sectionz": []})", "sectionz", "unknown field"},
        {R"({"glossary": [{"definition": {"es": "x"}}]})", "glossary[0].term.en", "English term"},
    };
    for (const Case& c : cases) {
        INFO(c.json);
        const Error e = errorOf(c.json);
        CHECK(e.where.toStdString() ==
              (kFile + QStringLiteral(": ") + QString::fromUtf8(c.where)).toStdString());
        CHECK_THAT(e.message.toStdString(), Catch::Contains(c.message));
    }
    // Not JSON at all, or not an object.
    CHECK(errorOf("[1, 2]").where == kFile);
    CHECK(errorOf("{\"sections\": [").where.startsWith(kFile + QStringLiteral(", line ")));
}

TEST_CASE("the changes of a change document apply to the report", "[json][changes]")
{
    Report r = test::sampleReport();
    auto changes = ChangeDocumentReader::read(QByteArray(R"({
        "entities": [{"id": "UNICEF", "kind": "other"}],
        "report": {"title": {"en": "Year 1 report"}},
        "sections": [{"id": "objective-3", "body": {"es": "Texto nuevo"}, "assigned_to": ["FGN", "UNICEF"]},
                     {"id": "objective-4", "activities": [{"id": "4.1", "title": {"en": "Committees"}}]},
                     {"id": "objective-1", "activities": [{"id": "1.1", "status": "completed"}]}],
        "indicators": [{"id": "3.1", "actuals": {"1": 44}}, {"id": "2.2", "remove": true}]})"),
                                              r, kFile);
    REQUIRE(changes.ok());
    TouchedObjects touched;
    ChangeApplier applier(r, touched);
    qint64 rev = 10;
    for (const FieldChange& c : changes.value()) {
        const Status s = applier.apply(c, ++rev);
        INFO(c.path.toString().toStdString());
        REQUIRE(s.ok());
    }
    CHECK(r.info.title.en() == QStringLiteral("Year 1 report"));
    CHECK(r.section(QStringLiteral("objective-3"))->body.es() == QStringLiteral("Texto nuevo"));
    CHECK(r.section(QStringLiteral("objective-3"))->assignedTo ==
          QStringList{QStringLiteral("FGN"), QStringLiteral("UNICEF")});
    CHECK(r.activity(QStringLiteral("4.1")) != nullptr);
    CHECK(r.activity(QStringLiteral("1.1"))->status == QStringLiteral("completed"));
    CHECK(r.indicator(QStringLiteral("3.1"))->actuals.value(1) == std::optional<double>(44));
    CHECK(r.indicator(QStringLiteral("2.2")) == nullptr);
}

TEST_CASE("an indicator created by a change document keeps its breakdown categories in the document's order",
          "[json][changes][order]")
{
    // A whole document keeps "male" before "female"; a change document creating the same indicator must too
    // (it used to come back as female, male: Qt JSON sorts object keys).
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("order.cpcreport"));
    auto doc = ReportDocument::create(path, test::sampleReport(), QByteArray());
    REQUIRE(doc.ok());
    auto changes = ChangeDocumentReader::read(QByteArray(R"({"indicators": [{"id": "9.1", "objective": 2,
        "name": {"en": "Victims assisted", "es": "Víctimas atendidas"}, "actuals": {"1": 5},
        "disaggregation": {"1": {"sex": {"male": 3, "female": 2}, "age_group": {"15-17": 4, "0-5": 1}}}}]})"),
                                              doc.value()->report(), kFile);
    REQUIRE(changes.ok());
    REQUIRE(doc.value()->apply(ChangeSet{changes.value(), QStringLiteral("t"), ChangeOrigin::Apply}).ok());
    const auto check = [](const Report& r) {
        const Indicator* i = r.indicator(QStringLiteral("9.1"));
        REQUIRE(i != nullptr);
        const QList<Disaggregation> dims = i->disaggregation.value(1);
        REQUIRE(dims.size() == 2);
        CHECK(dims[0].dimension == QStringLiteral("sex"));
        REQUIRE(dims[0].categories.size() == 2);
        CHECK(dims[0].categories[0].name == QStringLiteral("male"));
        CHECK(dims[0].categories[1].name == QStringLiteral("female"));
        CHECK(dims[1].dimension == QStringLiteral("age_group"));
        REQUIRE(dims[1].categories.size() == 2);
        CHECK(dims[1].categories[0].name == QStringLiteral("15-17"));
        CHECK(dims[1].categories[1].name == QStringLiteral("0-5"));
    };
    check(doc.value()->report());
    doc.value().reset();
    auto reopened = ReportDocument::open(path, ReportDocument::Mode::ReadOnly);
    REQUIRE(reopened.ok());
    check(reopened.value()->report());
}

TEST_CASE("a change document creates a new indicator in one change, read once in the document's order",
          "[json][changes][order]")
{
    // The indicator is read once, by the ordered reader, and created as read: one change, one history row
    // holding the whole indicator with its breakdowns (a reopened window replays that row to redo it).
    test::TempDir dir;
    auto doc = ReportDocument::create(dir.path(QStringLiteral("once.cpcreport")), test::sampleReport(),
                                      QByteArray());
    REQUIRE(doc.ok());
    auto changes = ChangeDocumentReader::read(QByteArray(R"({"indicators": [{"id": "9.1", "objective": 2,
        "name": {"en": "Victims assisted", "es": "Víctimas atendidas"}, "actuals": {"1": 5},
        "disaggregation": {"1": {"sex": {"male": 3, "female": 2}}}}]})"),
                                              doc.value()->report(), kFile);
    REQUIRE(changes.ok());
    REQUIRE(changes.value().size() == 1);
    CHECK(changes.value()[0].path.toString() == QStringLiteral("indicators/9.1"));
    REQUIRE(doc.value()->apply(ChangeSet{changes.value(), QStringLiteral("t"), ChangeOrigin::Apply}).ok());
    const QList<HistoryEntry> rows =
        doc.value()->history(FieldPath::fromString(QStringLiteral("indicators/9.1")));
    REQUIRE(rows.size() == 1);
    const QJsonObject sex = rows[0]
                                .newValue.toObject()[QStringLiteral("disaggregation")]
                                .toObject()[QStringLiteral("1")]
                                .toObject()[QStringLiteral("sex")]
                                .toObject();
    CHECK(sex[QStringLiteral("male")].toDouble() == 3);
    CHECK(sex[QStringLiteral("female")].toDouble() == 2);
}
