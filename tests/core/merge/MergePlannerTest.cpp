#include "merge/MergePlanner.h"

#include "MergeTestSupport.h"
#include "merge/ContributionScope.h"

#include "json/ReportJsonWriter.h"
#include <QFile>
#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {
const MergeItem* itemAt(const MergePlan& plan, const QString& path)
{
    for (const MergeItem& i : plan.items)
        if (i.path.toString() == path) return &i;
    return nullptr;
}

MergePlan planOf(const ReportDocument& target, const QString& contribution)
{
    auto plan = MergePlanner::plan(target, contribution);
    INFO((plan ? QString() : plan.error().toString()).toStdString());
    REQUIRE(plan);
    return plan.take();
}

// Partner RENACER's usual contribution: a section text, an activity text, a figure and its status.
void renacerWrites(ReportDocument& partner)
{
    const QString me = QStringLiteral("RENACER");
    REQUIRE(partner.apply(
        edit("sections/objective-1/body/en", QStringLiteral("Prevention reached 40 municipalities."), me)));
    REQUIRE(partner.apply(edit("activities/1.1/body/es", QStringLiteral("Se hicieron 25 talleres."), me)));
    REQUIRE(partner.apply(edit("indicators/1.1/actuals/1", 330, me)));
    REQUIRE(partner.apply(edit("sections/objective-1/status", QStringLiteral("submitted"), me)));
}
} // namespace

TEST_CASE("a clean contribution is planned field by field and merged in one recorded edit",
          "[merge][planner]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    const QString oldBody = f.coordinator->report().section(QStringLiteral("objective-1"))->body.en();
    renacerWrites(*f.openAsPartner(path));

    const Report before = f.coordinator->report();
    const MergePlan plan = planOf(*f.coordinator, path);
    CHECK(f.coordinator->report() == before); // planning reads only
    CHECK(plan.request.entity == QStringLiteral("RENACER"));
    CHECK(plan.items.size() == 4);
    CHECK(plan.count(MergeItem::Kind::Change) == 4);
    CHECK(plan.count(MergeItem::Kind::Conflict) == 0);
    CHECK(plan.count(MergeItem::Kind::Refused) == 0);
    const MergeItem* body = itemAt(plan, QStringLiteral("sections/objective-1/body/en"));
    REQUIRE(body);
    CHECK(body->requested.toString() == oldBody);
    CHECK(body->current.toString() == oldBody);
    CHECK(body->returned.toString() == QStringLiteral("Prevention reached 40 municipalities."));
    CHECK(itemAt(plan, QStringLiteral("indicators/1.1/actuals/1"))->returned.toDouble() == 330.0);

    const qint64 rev = f.coordinator->revision();
    REQUIRE(MergePlanner::apply(*f.coordinator, plan));
    const Report& r = f.coordinator->report();
    CHECK(r.section(QStringLiteral("objective-1"))->body.en() ==
          QStringLiteral("Prevention reached 40 municipalities."));
    CHECK(r.activity(QStringLiteral("1.1"))->body.es() == QStringLiteral("Se hicieron 25 talleres."));
    CHECK(r.indicator(QStringLiteral("1.1"))->actuals.value(1) == 330.0);
    CHECK(r.section(QStringLiteral("objective-1"))->review.status == ReviewStatus::Submitted);

    // One transaction, recorded as the entity.
    const auto h = f.coordinator->history();
    QList<HistoryEntry> merged;
    for (const HistoryEntry& e : h)
        if (e.id > rev) merged << e;
    REQUIRE(merged.size() == 4);
    for (const HistoryEntry& e : merged) {
        CHECK(e.author == QStringLiteral("RENACER"));
        CHECK(e.origin == ChangeOrigin::Merge);
        CHECK(e.group == merged[0].group);
    }
}

TEST_CASE("merging the same contribution twice changes nothing the second time", "[merge][planner]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    {
        auto partner = f.openAsPartner(path);
        renacerWrites(*partner);
        QJsonArray comments;
        for (const Comment& c : partner->report().comments)
            comments.append(ReportJsonWriter::toJson(c));
        comments.append(ReportJsonWriter::toJson(
            Comment{QStringLiteral("activity"), QStringLiteral("1.1"), QStringLiteral("RENACER"),
                    QStringLiteral("2024-02-01T09:00:00Z"), QStringLiteral("Done."), false}));
        REQUIRE(partner->apply(edit("comments", comments, QStringLiteral("RENACER"))));
    }
    REQUIRE(MergePlanner::apply(*f.coordinator, planOf(*f.coordinator, path)));
    const Report once = f.coordinator->report();
    const qint64 rev = f.coordinator->revision();

    const MergePlan again = planOf(*f.coordinator, path);
    CHECK(again.isEmpty());
    CHECK(again.alreadyMerged == 4);
    REQUIRE(MergePlanner::apply(*f.coordinator, again));
    CHECK(f.coordinator->report() == once);
    CHECK(f.coordinator->revision() == rev);
}

TEST_CASE("where the coordinator changed the same text, it is a conflict with three versions",
          "[merge][planner]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("ICBF"), QStringLiteral("icbf.cpcreport"));
    const QString sent = f.coordinator->report().section(QStringLiteral("objective-2"))->body.en();
    {
        auto partner = f.openAsPartner(path);
        REQUIRE(partner->apply(edit("sections/objective-2/body/en", QStringLiteral("ICBF's protection text."),
                                    QStringLiteral("ICBF"))));
        REQUIRE(partner->apply(edit("indicators/2.1/actuals/1", 170, QStringLiteral("ICBF"))));
    }
    REQUIRE(f.coordinator->apply(edit("sections/objective-2/body/en",
                                      QStringLiteral("MOI's protection text."), QStringLiteral("MOI"))));

    const MergePlan plan = planOf(*f.coordinator, path);
    REQUIRE(plan.count(MergeItem::Kind::Conflict) == 1);
    const MergeItem* c = itemAt(plan, QStringLiteral("sections/objective-2/body/en"));
    REQUIRE(c);
    CHECK(c->kind == MergeItem::Kind::Conflict);
    CHECK(c->requested.toString() == sent);
    CHECK(c->returned.toString() == QStringLiteral("ICBF's protection text."));
    CHECK(c->current.toString() == QStringLiteral("MOI's protection text."));

    // By default the conflict keeps what the coordinator has; the rest is merged.
    REQUIRE(MergePlanner::apply(*f.coordinator, plan));
    CHECK(f.coordinator->report().section(QStringLiteral("objective-2"))->body.en() ==
          QStringLiteral("MOI's protection text."));
    CHECK(f.coordinator->report().indicator(QStringLiteral("2.1"))->actuals.value(1) == 170.0);

    // Still a conflict the second time, still nothing overwritten; choosing the returned text takes it.
    const MergePlan again = planOf(*f.coordinator, path);
    REQUIRE(again.items.size() == 1);
    CHECK(again.items[0].kind == MergeItem::Kind::Conflict);
    REQUIRE(MergePlanner::apply(*f.coordinator, again, {}, {0}));
    CHECK(f.coordinator->report().section(QStringLiteral("objective-2"))->body.en() ==
          QStringLiteral("ICBF's protection text."));
}

TEST_CASE("a rejected change is not taken", "[merge][planner]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    renacerWrites(*f.openAsPartner(path));
    const MergePlan plan = planOf(*f.coordinator, path);
    int figure = -1;
    for (int i = 0; i < plan.items.size(); ++i)
        if (plan.items[i].path.toString() == QLatin1String("indicators/1.1/actuals/1")) figure = i;
    REQUIRE(figure >= 0);
    REQUIRE(MergePlanner::apply(*f.coordinator, plan, {figure}));
    CHECK(f.coordinator->report().indicator(QStringLiteral("1.1"))->actuals.value(1) == 312.0);
    CHECK(f.coordinator->report().activity(QStringLiteral("1.1"))->body.es() ==
          QStringLiteral("Se hicieron 25 talleres."));
    // A decision once made is not asked again.
    const MergePlan again = planOf(*f.coordinator, path);
    CHECK(again.items.isEmpty());
    CHECK(again.alreadyMerged == 4);
}

TEST_CASE("a partner who goes on writing and sends the file again brings only what is new",
          "[merge][planner]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    renacerWrites(*f.openAsPartner(path));
    REQUIRE(MergePlanner::apply(*f.coordinator, planOf(*f.coordinator, path)));
    REQUIRE(f.openAsPartner(path)->apply(edit("indicators/1.1/actuals/1", 335, QStringLiteral("RENACER"))));

    const MergePlan plan = planOf(*f.coordinator, path);
    REQUIRE(plan.items.size() == 1);
    CHECK(plan.items[0].kind ==
          MergeItem::Kind::Change); // not a conflict: 330 here is the partner's own earlier answer
    CHECK(plan.items[0].current.toDouble() == 330.0);
    CHECK(plan.items[0].returned.toDouble() == 335.0);
    REQUIRE(MergePlanner::apply(*f.coordinator, plan));
    CHECK(f.coordinator->report().indicator(QStringLiteral("1.1"))->actuals.value(1) == 335.0);
}

TEST_CASE("content approved since the request is not overwritten", "[merge][planner]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    renacerWrites(*f.openAsPartner(path));
    REQUIRE(f.coordinator->apply(
        edit("sections/objective-1/status", QStringLiteral("approved"), QStringLiteral("MOI"))));
    const MergePlan plan = planOf(*f.coordinator, path);
    CHECK(itemAt(plan, QStringLiteral("sections/objective-1/body/en"))->kind == MergeItem::Kind::Conflict);
    CHECK(itemAt(plan, QStringLiteral("sections/objective-1/status"))->kind == MergeItem::Kind::Conflict);
    REQUIRE(MergePlanner::apply(*f.coordinator, plan));
    CHECK(f.coordinator->report().section(QStringLiteral("objective-1"))->review.status ==
          ReviewStatus::Approved);
    CHECK(f.coordinator->report().indicator(QStringLiteral("1.1"))->actuals.value(1) == 330.0);
}

TEST_CASE("changes outside what was asked are refused and listed, never taken", "[merge][planner]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    {
        // A hostile tool edits the file without the contribution's guard.
        auto raw = ReportDocument::open(path);
        REQUIRE(raw);
        ReportDocument& d = *raw.value();
        REQUIRE(d.apply(
            edit("sections/objective-1/body/en", QStringLiteral("In scope."), QStringLiteral("RENACER"))));
        REQUIRE(d.apply(edit("sections/objective-2/body/en", QStringLiteral("Out of scope."),
                             QStringLiteral("RENACER"))));
        REQUIRE(d.apply(edit("indicators/1.1/targets/1", 100, QStringLiteral("RENACER"))));
        REQUIRE(d.apply(
            edit("activities/1.2", QJsonValue(QJsonValue::Null), QStringLiteral("RENACER")))); // removed
        REQUIRE(d.apply(
            edit("sections/objective-1/status", QStringLiteral("approved"), QStringLiteral("RENACER"))));
        QJsonArray comments;
        for (const Comment& c : d.report().comments) {
            Comment resolved = c;
            resolved.resolved = true; // MOI's thread on objective-3, not RENACER's part
            comments.append(ReportJsonWriter::toJson(resolved));
        }
        comments.append(ReportJsonWriter::toJson(
            Comment{QStringLiteral("section"), QStringLiteral("objective-1"), QStringLiteral("MOI"),
                    QStringLiteral("2024-02-01T09:00:00Z"), QStringLiteral("Forged approval."), false}));
        REQUIRE(d.apply(edit("comments", comments, QStringLiteral("RENACER"))));
    }
    const Report before = f.coordinator->report();
    const MergePlan plan = planOf(*f.coordinator, path);
    CHECK(plan.count(MergeItem::Kind::Change) == 1);
    CHECK(itemAt(plan, QStringLiteral("sections/objective-2/body/en"))->kind == MergeItem::Kind::Refused);
    CHECK(itemAt(plan, QStringLiteral("indicators/1.1/targets/1"))->kind == MergeItem::Kind::Refused);
    CHECK(itemAt(plan, QStringLiteral("sections/objective-1/status"))->kind == MergeItem::Kind::Refused);
    const MergeItem* gone = itemAt(plan, QStringLiteral("activities/1.2/body/en"));
    REQUIRE(gone);
    CHECK(gone->kind == MergeItem::Kind::Refused);
    CHECK(plan.refusedComments.size() == 2);
    CHECK(plan.newComments.isEmpty());
    CHECK(plan.resolvedComments.isEmpty());

    REQUIRE(MergePlanner::apply(*f.coordinator, plan));
    const Report& r = f.coordinator->report();
    CHECK(r.section(QStringLiteral("objective-1"))->body.en() == QStringLiteral("In scope."));
    CHECK(r.section(QStringLiteral("objective-2"))->body ==
          before.section(QStringLiteral("objective-2"))->body);
    CHECK(r.indicator(QStringLiteral("1.1"))->targets == before.indicator(QStringLiteral("1.1"))->targets);
    CHECK(r.activity(QStringLiteral("1.2")) != nullptr);
    CHECK(r.activity(QStringLiteral("1.2"))->body == before.activity(QStringLiteral("1.2"))->body);
    CHECK(r.section(QStringLiteral("objective-1"))->review.status == ReviewStatus::Drafting);
    CHECK(r.comments == before.comments);
}

TEST_CASE("comment threads travel back: new remarks are added and resolved threads come back resolved",
          "[merge][planner]")
{
    MergeFixture f;
    const Comment ask{QStringLiteral("indicator"),     QStringLiteral("1.1"),
                      QStringLiteral("MOI"),           QStringLiteral("2024-01-10T08:00:00Z"),
                      QStringLiteral("Is 312 final?"), false};
    QJsonArray withAsk;
    for (const Comment& c : f.coordinator->report().comments)
        withAsk.append(ReportJsonWriter::toJson(c));
    withAsk.append(ReportJsonWriter::toJson(ask));
    REQUIRE(f.coordinator->apply(edit("comments", withAsk, QStringLiteral("MOI"))));
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));

    const Comment reply{QStringLiteral("indicator"),
                        QStringLiteral("1.1"),
                        QStringLiteral("RENACER"),
                        QStringLiteral("2024-02-01T09:00:00Z"),
                        QStringLiteral("No: 330, corrected."),
                        false};
    {
        auto partner = f.openAsPartner(path);
        QJsonArray comments;
        for (Comment c : partner->report().comments) {
            if (c == ask) c.resolved = true;
            comments.append(ReportJsonWriter::toJson(c));
        }
        comments.append(ReportJsonWriter::toJson(reply));
        REQUIRE(partner->apply(edit("comments", comments, QStringLiteral("RENACER"))));
    }
    // Meanwhile the coordinator writes another remark; it stays.
    const Comment other{QStringLiteral("section"),    QStringLiteral("objective-4"),
                        QStringLiteral("MOI"),        QStringLiteral("2024-02-02T09:00:00Z"),
                        QStringLiteral("Draft due."), false};
    QJsonArray more;
    for (const Comment& c : f.coordinator->report().comments)
        more.append(ReportJsonWriter::toJson(c));
    more.append(ReportJsonWriter::toJson(other));
    REQUIRE(f.coordinator->apply(edit("comments", more, QStringLiteral("MOI"))));

    const MergePlan plan = planOf(*f.coordinator, path);
    REQUIRE(plan.newComments.size() == 1);
    CHECK(plan.newComments[0] == reply);
    REQUIRE(plan.resolvedComments.size() == 1);
    CHECK(plan.resolvedComments[0].text == ask.text);
    CHECK(plan.resolvedComments[0].resolved);
    CHECK(plan.refusedComments.isEmpty());
    REQUIRE(MergePlanner::apply(*f.coordinator, plan));

    const QList<Comment>& now = f.coordinator->report().comments;
    REQUIRE(now.size() == 4);
    Comment askResolved = ask;
    askResolved.resolved = true;
    CHECK(now.contains(askResolved));
    CHECK(now.contains(reply));
    CHECK(now.contains(other));
    const auto h = f.coordinator->history(FieldPath{QStringLiteral("comments")});
    REQUIRE_FALSE(h.isEmpty());
    CHECK(h.last().author == QStringLiteral("RENACER"));
    CHECK(h.last().origin == ChangeOrigin::Merge);

    // Again: nothing new.
    const MergePlan again = planOf(*f.coordinator, path);
    CHECK(again.isEmpty());
}

TEST_CASE("a contribution for another report, a foreign or damaged file is refused and changes nothing",
          "[merge][planner]")
{
    MergeFixture f;
    const QString path = f.request(QStringLiteral("RENACER"), QStringLiteral("renacer.cpcreport"));
    renacerWrites(*f.openAsPartner(path));
    const Report before = f.coordinator->report();
    const auto refused = [&](const ReportDocument& target, const QString& file) {
        auto plan = MergePlanner::plan(target, file);
        REQUIRE_FALSE(plan);
        CHECK(plan.error().kind == Error::Kind::BadInput);
        CHECK_FALSE(plan.error().message.isEmpty());
        return plan.error();
    };

    SECTION("another report")
    {
        auto other =
            ReportDocument::create(f.dir.path("other.cpcreport"), sampleReport(), {}, QStringLiteral("MOI"));
        REQUIRE(other);
        const Error e = refused(*other.value(), path);
        CHECK(e.where == path);
        CHECK(e.message.contains(QStringLiteral("another report")));
    }
    SECTION("the same report, but a request it did not make")
    {
        REQUIRE(f.coordinator->saveCopy(f.dir.path("copy.cpcreport")));
        auto copy = ReportDocument::open(f.dir.path("copy.cpcreport"));
        REQUIRE(copy);
        const QString elsewhere = f.dir.path("icbf-from-copy.cpcreport");
        auto req = ContributionRequest::create(*copy.value(), QStringLiteral("ICBF"), elsewhere);
        REQUIRE(req);
        refused(*f.coordinator, elsewhere);
    }
    SECTION("a report that is not a contribution")
    {
        REQUIRE(f.coordinator->saveCopy(f.dir.path("plain.cpcreport")));
        const Error e = refused(*f.coordinator, f.dir.path("plain.cpcreport"));
        CHECK(e.message.contains(QStringLiteral("not a contribution")));
    }
    SECTION("a contribution that claims another entity")
    {
        auto raw = ReportDocument::open(path);
        REQUIRE(raw);
        auto asked = ContributionRequest::of(*raw.value());
        REQUIRE(asked);
        asked->entity = QStringLiteral("ICBF");
        REQUIRE(raw.value()->setSetting(QStringLiteral("contribution/request"),
                                        QString::fromUtf8(asked->toJson())));
        raw.value().reset();
        const Error e = refused(*f.coordinator, path);
        CHECK(e.message.contains(QStringLiteral("RENACER")));
    }
    SECTION("a file that is not a report at all")
    {
        writeFile(f.dir.path("junk.cpcreport"), "PK\x03\x04 this is a zip, not a report");
        refused(*f.coordinator, f.dir.path("junk.cpcreport"));
        writeFile(f.dir.path("empty.cpcreport"), QByteArray());
        refused(*f.coordinator, f.dir.path("empty.cpcreport"));
        refused(*f.coordinator, f.dir.path("missing.cpcreport"));
    }
    SECTION("a damaged contribution")
    {
        QByteArray bytes = readFile(path);
        REQUIRE(bytes.size() > 8192);
        writeFile(f.dir.path("cut.cpcreport"), bytes.left(bytes.size() / 2));
        auto plan = MergePlanner::plan(*f.coordinator, f.dir.path("cut.cpcreport"));
        CHECK_FALSE(plan);
        for (qsizetype i = 4096; i < bytes.size(); i += 4096)
            bytes[i] = char(0x5a);
        writeFile(f.dir.path("scrambled.cpcreport"), bytes);
        auto plan2 = MergePlanner::plan(*f.coordinator, f.dir.path("scrambled.cpcreport"));
        if (plan2) { // damage that SQLite cannot see must still leave a valid, scoped plan
            for (const MergeItem& i : plan2.value().items)
                if (i.kind != MergeItem::Kind::Refused)
                    CHECK(ContributionScope(before, QStringLiteral("RENACER")).allows(i.path, i.returned));
        }
    }
    CHECK(f.coordinator->report() == before);
}
