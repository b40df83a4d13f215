// Issue 7's cycle with the real binary: requests for two partners, their edits (in and out of scope), a
// conflicting edit by the coordinator, merges, merging again, refusals and history.
#include "CliRunner.h"
#include "merge/ContributionRequest.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace cpc::test;

namespace {
const QString kRenacerText =
    QStringLiteral("Renacer trained 330 hotel and transport workers in 12 destinations.");
const QString kIcbfText = QStringLiteral("ICBF opened 4 new specialised care units.");
const QString kMoiText = QStringLiteral("The Ministry's own wording of the protection objective.");

QJsonObject parseObject(const QString& text)
{
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8());
    REQUIRE(d.isObject());
    return d.object();
}

QJsonObject byId(const QJsonArray& a, const QString& id)
{
    for (const QJsonValue& v : a)
        if (v.toObject().value(QStringLiteral("id")).toString() == id) return v.toObject();
    FAIL("no object with id " << id.toStdString());
    return {};
}

QString exported(const QString& file)
{
    CliResult r = runCli({"export-json", file});
    REQUIRE(r.exitCode == 0);
    return r.out;
}

CliResult run(const QStringList& args, int expected)
{
    CliResult r = runCli(args);
    INFO(args.join(' ').toStdString() << "\n--- stdout:\n"
                                      << r.out.toStdString() << "--- stderr:\n"
                                      << r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.exitCode == expected);
    return r;
}

QString sectionBody(const QString& json, const QString& section)
{
    return byId(parseObject(json)["sections"].toArray(), section)["body"].toObject()["en"].toString();
}

// The coordinator's report with a question on objective 1, and requests to RENACER and ICBF.
struct Cycle {
    TempDir dir;
    QString report = dir.path("report.cpcreport");
    QString renacer = dir.path("renacer.cpcreport");
    QString icbf = dir.path("icbf.cpcreport");

    Cycle()
    {
        run({"new", report, "--from-json", sampleFixturePath()}, 0);
        writeFile(dir.path("ask.json"),
                  R"({"comments": [{"section": "objective-1", "author": "MOI", "at": "2024-01-10T08:00:00Z",
                                           "text": "Please add this year's figures.", "resolved": false}]})");
        run({"apply", report, dir.path("ask.json"), "--as", "MOI"}, 0);
        CliResult r = run({"request", report, "--entity", "RENACER", "-o", renacer, "--note",
                           "Objective 1 and indicator 1.1, please.", "--due", "2024-03-15"},
                          0);
        CHECK(r.out.contains(QStringLiteral("RENACER")));
        run({"request", report, "--entity", "ICBF", "-o", icbf, "--note", "Objective 2 figures.", "--due",
             "2024-03-20"},
            0);
    }

    // RENACER writes its parts, submits, answers and resolves the question, and adds a remark.
    void renacerWrites()
    {
        writeFile(dir.path("renacer-changes.json"), QStringLiteral(R"({
            "sections": [{"id": "objective-1", "status": "submitted", "body": {"en": "%1"},
                          "activities": [{"id": "1.1", "body": {"es": "Se capacitaron 330 trabajadores."}}]}],
            "indicators": [{"id": "1.1", "actuals": {"1": 330}}],
            "comments": [{"section": "objective-1", "author": "MOI", "at": "2024-01-10T08:00:00Z",
                          "text": "Please add this year's figures.", "resolved": true},
                         {"indicator": "1.1", "author": "RENACER", "at": "2024-02-01T09:00:00Z",
                          "text": "330 is the final count.", "resolved": false}]
        })")
                                                        .arg(kRenacerText)
                                                        .toUtf8());
        CliResult r = run({"apply", renacer, dir.path("renacer-changes.json"), "--as", "RENACER"}, 0);
        CHECK(r.out.contains(QStringLiteral("changed")));
    }

    void icbfWrites()
    {
        writeFile(dir.path("icbf-changes.json"), QStringLiteral(R"({
            "sections": [{"id": "objective-2", "body": {"en": "%1"}}],
            "indicators": [{"id": "2.1", "actuals": {"1": 170}, "review_status": "submitted"}]
        })")
                                                     .arg(kIcbfText)
                                                     .toUtf8());
        run({"apply", icbf, dir.path("icbf-changes.json"), "--as", "ICBF"}, 0);
    }
};
} // namespace

TEST_CASE("a request file says whose contribution it is and what is asked", "[cli][contribution]")
{
    Cycle c;
    auto doc = cpc::ReportDocument::open(c.renacer, cpc::ReportDocument::Mode::ReadOnly);
    REQUIRE(doc);
    const auto asked = cpc::ContributionRequest::of(*doc.value());
    REQUIRE(asked);
    CHECK(asked->entity == QStringLiteral("RENACER"));
    CHECK(asked->note == QStringLiteral("Objective 1 and indicator 1.1, please."));
    CHECK(asked->due == QStringLiteral("2024-03-15"));
    doc.value().reset();

    CliResult shown = run({"request", c.renacer, "--show"}, 0);
    CHECK(shown.out.contains(QStringLiteral("RENACER")));
    CHECK(shown.out.contains(QStringLiteral("2024-03-15")));
    CHECK(shown.out.contains(QStringLiteral("Objective 1 and indicator 1.1, please.")));
    CHECK(shown.out.contains(QStringLiteral("objective-1")));
    CHECK(shown.out.contains(QStringLiteral("1.1")));
    CliResult recorded = run({"request", c.report, "--show"}, 0);
    CHECK(recorded.out.contains(QStringLiteral("RENACER")));
    CHECK(recorded.out.contains(QStringLiteral("ICBF")));
    // The partner's copy knows nothing of the other request.
    CHECK_FALSE(shown.out.contains(QStringLiteral("ICBF")));

    // Bad requests: a message, exit 2, nothing written.
    const QString before = exported(c.report);
    CHECK(run({"request", c.report, "--entity", "NOBODY", "-o", c.dir.path("x.cpcreport")}, 2)
              .err.contains(QStringLiteral("--entity")));
    CHECK(run({"request", c.report, "--entity", "MFA", "-o", c.dir.path("x.cpcreport")}, 2)
              .err.contains(QStringLiteral("MFA")));
    CHECK(run({"request", c.report, "--entity", "PADF", "-o", c.dir.path("x.cpcreport"), "--due", "tomorrow"},
              2)
              .err.contains(QStringLiteral("--due")));
    CHECK(run({"request", c.report, "--entity", "PADF", "-o", c.renacer}, 2).err.contains(c.renacer));
    run({"request", c.report, "-o", c.dir.path("x.cpcreport")}, 2);
    run({"request", c.renacer, "--entity", "RENACER", "-o", c.dir.path("x.cpcreport")}, 2);
    CHECK_FALSE(QFile::exists(c.dir.path("x.cpcreport")));
    CHECK(exported(c.report) == before);
}

TEST_CASE("a partner edits its own parts and is refused anything else, changing nothing",
          "[cli][contribution]")
{
    Cycle c;
    c.renacerWrites();
    const QString json = exported(c.renacer);
    CHECK(sectionBody(json, "objective-1") == kRenacerText);

    // Not asked of RENACER: refused, the field named, nothing applied (not even the allowed part).
    writeFile(c.dir.path("out.json"),
              R"({"sections": [{"id": "objective-1", "body": {"es": "Texto permitido."}},
                                                     {"id": "objective-2", "body": {"en": "Not mine."}}]})");
    CliResult r = run({"apply", c.renacer, c.dir.path("out.json"), "--as", "RENACER"}, 2);
    CHECK(r.err.contains(QStringLiteral("sections/objective-2/body/en")));
    CHECK(r.err.contains(QStringLiteral("RENACER")));
    writeFile(c.dir.path("target.json"), R"({"indicators": [{"id": "1.1", "targets": {"1": 100}}]})");
    CHECK(run({"apply", c.renacer, c.dir.path("target.json"), "--as", "RENACER"}, 2)
              .err.contains(QStringLiteral("indicators/1.1/targets/1")));
    writeFile(c.dir.path("approve.json"), R"({"sections": [{"id": "objective-1", "status": "approved"}]})");
    CHECK(run({"apply", c.renacer, c.dir.path("approve.json"), "--as", "RENACER"}, 2)
              .err.contains(QStringLiteral("sections/objective-1/status")));
    writeFile(c.dir.path("forged.json"),
              R"({"comments": [{"section": "objective-1", "author": "MOI", "at": "2024-02-02T09:00:00Z",
                                                         "text": "Approved.", "resolved": false}]})");
    CHECK(run({"apply", c.renacer, c.dir.path("forged.json"), "--as", "RENACER"}, 2)
              .err.contains(QStringLiteral("comments")));
    // As another entity, or as nobody known.
    writeFile(c.dir.path("in.json"), R"({"sections": [{"id": "objective-1", "body": {"es": "Texto."}}]})");
    CHECK(run({"apply", c.renacer, c.dir.path("in.json"), "--as", "ICBF"}, 2)
              .err.contains(QStringLiteral("RENACER")));
    CHECK(run({"apply", c.renacer, c.dir.path("in.json"), "--as", "NOBODY"}, 2)
              .err.contains(QStringLiteral("--as")));
    CHECK(exported(c.renacer) == json);

    // Without --as, a contribution's edits are its entity's.
    run({"apply", c.renacer, c.dir.path("in.json")}, 0);
    CliResult h = run({"history", c.renacer, "--path", "sections/objective-1/body/es", "--json"}, 0);
    const QJsonArray entries = QJsonDocument::fromJson(h.out.toUtf8()).array();
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.first()["author"].toString() == QStringLiteral("RENACER"));
}

TEST_CASE("the whole cycle: two partners, a conflict, merges, merging again, history", "[cli][contribution]")
{
    Cycle c;
    c.renacerWrites();
    c.icbfWrites();
    // The coordinator rewrites ICBF's text meanwhile.
    writeFile(c.dir.path("moi.json"),
              QStringLiteral(R"({"sections": [{"id": "objective-2", "body": {"en": "%1"}}]})")
                  .arg(kMoiText)
                  .toUtf8());
    run({"apply", c.report, c.dir.path("moi.json"), "--as", "MOI"}, 0);
    const QString start = exported(c.report);
    const QString startHistory = run({"history", c.report, "--json"}, 0).out;

    // Dry run: the plan, field by field; nothing changes.
    CliResult dry = run({"merge", c.report, c.renacer, "--dry-run"}, 0);
    CHECK(dry.out.contains(QStringLiteral("dry run")));
    CHECK(dry.out.contains(QStringLiteral("sections/objective-1/body/en")));
    CHECK(dry.out.contains(QStringLiteral("indicators/1.1/actuals/1")));
    CHECK(dry.out.contains(kRenacerText.left(40)));
    CliResult dryJson = run({"merge", c.report, c.renacer, "--dry-run", "--json"}, 0);
    const QJsonObject plan = parseObject(dryJson.out);
    CHECK(plan["entity"].toString() == QStringLiteral("RENACER"));
    CHECK(plan["applied"].toBool() == false);
    CHECK(plan["conflicts"].toInt() == 0);
    CHECK(plan["refused"].toInt() == 0);
    CHECK(plan["changes"].toInt() == 4);
    CHECK(plan["new_comments"].toArray().size() == 1);
    CHECK(plan["resolved_comments"].toArray().size() == 1);
    QJsonObject figure;
    for (const QJsonValue& v : plan["items"].toArray())
        if (v["path"].toString() == QLatin1String("indicators/1.1/actuals/1")) figure = v.toObject();
    CHECK(figure["kind"].toString() == QStringLiteral("change"));
    CHECK(figure["requested"].toDouble() == 312.0);
    CHECK(figure["returned"].toDouble() == 330.0);
    CHECK(figure["current"].toDouble() == 312.0);
    CHECK(exported(c.report) == start);
    CHECK(run({"history", c.report, "--json"}, 0).out == startHistory);

    // RENACER: clean.
    CliResult first = run({"merge", c.report, c.renacer}, 0);
    CHECK(first.out.contains(QStringLiteral("4 changes taken")));
    const QJsonObject afterRenacer = parseObject(exported(c.report));
    CHECK(byId(afterRenacer["sections"].toArray(), "objective-1")["body"].toObject()["en"].toString() ==
          kRenacerText);
    CHECK(byId(afterRenacer["sections"].toArray(), "objective-1")["status"].toString() ==
          QStringLiteral("submitted"));
    CHECK(byId(afterRenacer["indicators"].toArray(), "1.1")["actuals"].toObject()["1"].toDouble() == 330.0);
    bool resolved = false, answered = false;
    for (const QJsonValue& v : afterRenacer["comments"].toArray()) {
        if (v["text"].toString() == QLatin1String("Please add this year's figures."))
            resolved = v["resolved"].toBool();
        if (v["text"].toString() == QLatin1String("330 is the final count."))
            answered = v["author"].toString() == QLatin1String("RENACER");
    }
    CHECK(resolved);
    CHECK(answered);

    // ICBF: the text the coordinator rewrote is a conflict with three versions and is not overwritten; the
    // figure is taken; exit 1.
    const QString sentText = sectionBody(start, "objective-2"); // as the coordinator has it now
    CliResult second = run({"merge", c.report, c.icbf}, 1);
    CHECK(second.out.contains(QStringLiteral("CONFLICT")));
    CHECK(second.out.contains(QStringLiteral("sections/objective-2/body/en")));
    CHECK(second.out.contains(QStringLiteral("as requested")));
    CHECK(second.out.contains(kIcbfText));
    CHECK(second.out.contains(kMoiText));
    CHECK(sentText == kMoiText);
    const QString afterIcbf = exported(c.report);
    CHECK(sectionBody(afterIcbf, "objective-2") == kMoiText);
    CHECK(byId(parseObject(afterIcbf)["indicators"].toArray(), "2.1")["actuals"].toObject()["1"].toDouble() ==
          170.0);
    CHECK(byId(parseObject(afterIcbf)["indicators"].toArray(), "2.1")["review_status"].toString() ==
          QStringLiteral("submitted"));

    // The same conflict, for scripts.
    const QJsonObject conflict = parseObject(run({"merge", c.report, c.icbf, "--dry-run", "--json"}, 1).out);
    REQUIRE(conflict["items"].toArray().size() == 1);
    const QJsonObject item = conflict["items"].toArray()[0].toObject();
    CHECK(item["kind"].toString() == QStringLiteral("conflict"));
    CHECK(item["returned"].toString() == kIcbfText);
    CHECK(item["current"].toString() == kMoiText);
    CHECK(item["requested"].toString() != kMoiText);
    CHECK_FALSE(item["requested"].toString().isEmpty());

    // Merging again changes nothing.
    const QString settled = exported(c.report);
    const QString settledHistory = run({"history", c.report, "--json"}, 0).out;
    CHECK(run({"merge", c.report, c.renacer}, 0).out.contains(QStringLiteral("0 changes taken")));
    run({"merge", c.report, c.icbf}, 1);
    CHECK(exported(c.report) == settled);
    CHECK(run({"history", c.report, "--json"}, 0).out == settledHistory);

    // History: who wrote what, when, from what to what.
    const QJsonArray h =
        QJsonDocument::fromJson(
            run({"history", c.report, "--path", "sections/objective-1/body/en", "--json"}, 0).out.toUtf8())
            .array();
    REQUIRE_FALSE(h.isEmpty());
    const QJsonObject last = h.first().toObject();
    CHECK(last["author"].toString() == QStringLiteral("RENACER"));
    CHECK(last["origin"].toString() == QStringLiteral("merge"));
    CHECK(last["new"].toString() == kRenacerText);
    CHECK(last["old"].toString() == sectionBody(start, "objective-1"));
    CHECK(QDateTime::fromString(last["at"].toString(), Qt::ISODate).isValid());
    // Restoring the text as it was before the merge is itself a recorded edit.
    const QString beforeMerge = QString::number(last["revision"].toInteger() - 1);
    CHECK(run({"history", c.report, "--path", "sections/objective-1/body/en", "--restore", beforeMerge}, 0)
              .out.contains(QStringLiteral("restored")));
    CHECK(sectionBody(exported(c.report), "objective-1") == sectionBody(start, "objective-1"));
    const QJsonArray h2 =
        QJsonDocument::fromJson(
            run({"history", c.report, "--path", "sections/objective-1/body/en", "--json"}, 0).out.toUtf8())
            .array();
    REQUIRE(h2.size() == h.size() + 1);
    CHECK(h2.first()["origin"].toString() == QStringLiteral("restore"));
    CHECK(h2.first()["old"].toString() == kRenacerText);
    run({"history", c.report, "--path", "sections/objective-1", "--restore", beforeMerge}, 2);
    run({"history", c.report, "--path", "sections/objective-1/body/en", "--restore", "999999"}, 2);
    run({"history", c.report, "--restore", "1"}, 2);
    // And merging the contribution again does not undo the restore.
    run({"merge", c.report, c.renacer}, 0);
    CHECK(sectionBody(exported(c.report), "objective-1") == sectionBody(start, "objective-1"));

    CliResult text = run({"history", c.report, "--path", "indicators/2.1"}, 0);
    CHECK(text.out.contains(QStringLiteral("ICBF")));
    CHECK(text.out.contains(QStringLiteral("merge")));
    CHECK(text.out.contains(QStringLiteral("163")));
    CHECK(text.out.contains(QStringLiteral("170")));
}

TEST_CASE("merge refuses a contribution for another report, a plain report and a damaged file",
          "[cli][contribution]")
{
    Cycle c;
    c.renacerWrites();
    const QString other = c.dir.path("other.cpcreport");
    run({"new", other, "--from-json", sampleFixturePath()}, 0);
    const QString before = exported(other);
    CHECK(run({"merge", other, c.renacer}, 2).err.contains(QStringLiteral("another report")));
    CHECK(exported(other) == before);

    const QString start = exported(c.report);
    CHECK(run({"merge", c.report, other}, 2).err.contains(QStringLiteral("not a contribution")));
    writeFile(c.dir.path("junk.cpcreport"), "SQLite format 3\0garbage garbage garbage");
    CHECK(
        run({"merge", c.report, c.dir.path("junk.cpcreport")}, 2).err.contains(c.dir.path("junk.cpcreport")));
    QByteArray bytes = readFile(c.renacer);
    writeFile(c.dir.path("cut.cpcreport"), bytes.left(bytes.size() / 3));
    CHECK(runCli({"merge", c.report, c.dir.path("cut.cpcreport")}).exitCode == 2);
    run({"merge", c.report, c.dir.path("missing.cpcreport")}, 2);
    run({"merge", c.report}, 2);
    CHECK(exported(c.report) == start);
}

TEST_CASE("merge lists and refuses what a tampered contribution changed outside its scope",
          "[cli][contribution]")
{
    Cycle c;
    c.renacerWrites();
    {
        // Edited by another tool, without the contribution's guard.
        auto raw = cpc::ReportDocument::open(c.renacer);
        REQUIRE(raw);
        REQUIRE(raw.value()->apply(cpc::ChangeSet{
            {cpc::FieldChange{cpc::FieldPath::fromString(QStringLiteral("sections/objective-3/body/en")),
                              QStringLiteral("Tampered.")}},
            QStringLiteral("RENACER"),
            cpc::ChangeOrigin::Edit}));
    }
    const QString start = exported(c.report);
    CliResult r = run({"merge", c.report, c.renacer}, 0);
    CHECK(r.out.contains(QStringLiteral("REFUSED")));
    CHECK(r.out.contains(QStringLiteral("sections/objective-3/body/en")));
    CHECK(r.out.contains(QStringLiteral("1 changes refused")));
    CHECK(sectionBody(exported(c.report), "objective-3") == sectionBody(start, "objective-3"));
    CHECK(sectionBody(exported(c.report), "objective-1") == kRenacerText);
}
