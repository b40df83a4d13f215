// Contribution files arrive by e-mail: a request file edited by hand (outside the program, with any
// SQLite tool) must change nothing it should not, and nothing in it is ever executed. Each attack below
// edits the returned file directly, as an attacker would, then tries to merge it.
#include "ReliabilitySupport.h"
#include "merge/ContributionRequest.h"
#include "merge/MergePlanner.h"
#include "storage/ReportDocument.h"

#include "json/ReportJsonReader.h"
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace cpc;
using namespace cpc::test;

namespace {

// Runs SQL on a file as a hostile tool would (no checks, no lock).
void tamper(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QByteArray quoted(const QString& s)
{
    return "'" + s.toUtf8().replace("'", "''") + "'";
}

struct Scenario {
    TempDir dir;
    QString coordinator = dir.path("report.cpcreport");
    QString contribution = dir.path("icbf.cpcreport");
    std::unique_ptr<ReportDocument> doc;

    Scenario()
    {
        auto report = ReportJsonReader::read(readFile(resourceSamplePath()));
        REQUIRE(report);
        auto created = ReportDocument::create(coordinator, report.value(), {});
        REQUIRE(created);
        doc = std::move(created.value());
        REQUIRE(ContributionRequest::create(*doc, QStringLiteral("ICBF"), contribution));
    }

    QByteArray state() const { return readFile(coordinator); }
    QString requestJson() const
    {
        auto c = ReportDocument::open(contribution, ReportDocument::Mode::ReadOnly);
        REQUIRE(c);
        return c.value()->setting(QStringLiteral("contribution/request"));
    }
};

QString exported(const ReportDocument& d);

void expectRefused(Scenario& s, const QString& words)
{
    const qint64 revision = s.doc->revision();
    const QString before = exported(*s.doc);
    auto plan = MergePlanner::plan(*s.doc, s.contribution);
    REQUIRE_FALSE(plan);
    INFO(plan.error().toString().toStdString());
    CHECK(plan.error().message.contains(words, Qt::CaseInsensitive));
    CHECK(s.doc->revision() == revision);
    CHECK(exported(*s.doc) == before);
}

QString exported(const ReportDocument& d)
{
    QString out;
    for (const Section& sec : d.report().sections)
        out += sec.id + sec.body.en() + sec.body.es();
    for (const Indicator& i : d.report().indicators)
        out += i.id + i.name.en();
    return out;
}

} // namespace

TEST_CASE("a contribution claiming another entity than the one asked is refused", "[reliability][hostile]")
{
    Scenario s;
    QString request = s.requestJson();
    REQUIRE(request.contains(QStringLiteral("\"ICBF\"")));
    request.replace(QStringLiteral("\"ICBF\""), QStringLiteral("\"MOI\"")); // MOI may write everything
    tamper(s.contribution,
           "UPDATE setting SET value = " + quoted(request) +
               " WHERE key = 'contribution/request';"
               "UPDATE section SET body_en = 'Rewritten by the attacker' WHERE id = 'executive-summary';");
    expectRefused(s, QStringLiteral("claims to be from MOI"));
}

TEST_CASE("a contribution that widens its own scope gets nothing outside it", "[reliability][hostile]")
{
    Scenario s;
    // Edits outside ICBF's sections and indicators, and inside them, written straight into the file.
    tamper(s.contribution,
           "UPDATE section SET body_en = 'Rewritten by the attacker' WHERE id = 'executive-summary';"
           "UPDATE section SET body_en = 'ICBF wrote this' WHERE id = 'objective-2';"
           "UPDATE section_assignee SET entity_id = 'ICBF' WHERE section_id = 'recommendations';");
    auto plan = MergePlanner::plan(*s.doc, s.contribution);
    REQUIRE(plan);
    bool refusedSummary = false;
    for (const MergeItem& item : plan.value().items)
        if (item.path.toString().startsWith(QStringLiteral("sections/executive-summary")))
            refusedSummary = refusedSummary || item.kind == MergeItem::Kind::Refused;
    CHECK(refusedSummary);
    REQUIRE(MergePlanner::apply(*s.doc, plan.value()));
    for (const Section& sec : s.doc->report().sections) {
        if (sec.id == QLatin1String("executive-summary"))
            CHECK(sec.body.en() != QStringLiteral("Rewritten by the attacker"));
        if (sec.id == QLatin1String("recommendations"))
            CHECK_FALSE(sec.assignedTo.contains(QStringLiteral("ICBF")));
    }
}

TEST_CASE("a contribution claiming another report's id or a request never made is refused",
          "[reliability][hostile]")
{
    {
        Scenario s;
        tamper(s.contribution,
               "UPDATE meta SET value = '00000000-0000-0000-0000-000000000000' WHERE key = 'report_uuid';");
        expectRefused(s, QStringLiteral("another report"));
    }
    {
        Scenario s;
        QString request = s.requestJson();
        const QString id =
            QJsonDocument::fromJson(request.toUtf8()).object().value(QStringLiteral("id")).toString();
        REQUIRE_FALSE(id.isEmpty());
        request.replace(id, QStringLiteral("forged-request"));
        tamper(s.contribution,
               "UPDATE setting SET value = " + quoted(request) + " WHERE key = 'contribution/request';");
        expectRefused(s, QStringLiteral("did not make"));
    }
    {
        Scenario s;
        tamper(s.contribution, "DELETE FROM setting WHERE key = 'contribution/request';");
        expectRefused(s, QStringLiteral("not a contribution"));
    }
}

TEST_CASE("a forged history in a contribution is never taken into the report", "[reliability][hostile]")
{
    Scenario s;
    const auto historyBefore = s.doc->history();
    tamper(s.contribution,
           "UPDATE section SET body_es = 'Texto de ICBF' WHERE id = 'objective-2';"
           "INSERT INTO history(id, rev, grp, at, author, origin, path, old_value, new_value) "
           "VALUES(100000, 100000, 100000, '2020-01-01T00:00:00Z', 'MOI', 'edit', "
           "'sections/executive-summary/body/en', "
           "'\"x\"', '\"approved by the minister\"');");
    auto plan = MergePlanner::plan(*s.doc, s.contribution);
    REQUIRE(plan);
    REQUIRE(MergePlanner::apply(*s.doc, plan.value()));
    const auto historyAfter = s.doc->history();
    REQUIRE(historyAfter.size() > historyBefore.size());
    for (qsizetype i = historyBefore.size(); i < historyAfter.size(); ++i) {
        CHECK(historyAfter[i].origin == ChangeOrigin::Merge);
        CHECK(historyAfter[i].author == QStringLiteral("ICBF"));
        CHECK(historyAfter[i].path.toString() != QStringLiteral("sections/executive-summary/body/en"));
    }
    for (const HistoryEntry& e : historyAfter)
        CHECK(e.at.date().year() != 2020);
}

TEST_CASE("extra tables, triggers, views and a changed schema in a contribution are refused",
          "[reliability][hostile]")
{
    const QList<QByteArray> attacks{
        "CREATE TABLE payload(x); INSERT INTO payload VALUES('x');",
        "CREATE TRIGGER wipe AFTER INSERT ON history BEGIN DELETE FROM section; END;",
        "CREATE VIEW peek AS SELECT * FROM setting;",
        "ALTER TABLE section ADD COLUMN extra TEXT;",
        "CREATE INDEX sneaky ON section(body_en);",
        "DROP TABLE glossary;",
    };
    for (const QByteArray& sql : attacks) {
        Scenario s;
        INFO(sql.constData());
        tamper(s.contribution, sql);
        expectRefused(s, QStringLiteral("altered"));
    }
}

TEST_CASE("SQL and enormous values in text fields are data, never executed or taken whole",
          "[reliability][hostile]")
{
    {
        Scenario s;
        const QByteArray injection = "'); DROP TABLE section; --";
        tamper(s.contribution, "UPDATE section SET body_en = " + quoted(QString::fromUtf8(injection)) +
                                   " WHERE id = 'objective-2';");
        auto plan = MergePlanner::plan(*s.doc, s.contribution);
        REQUIRE(plan);
        REQUIRE(MergePlanner::apply(*s.doc, plan.value()));
        s.doc.reset();
        auto reopened = ReportDocument::open(s.coordinator);
        REQUIRE(reopened); // the schema is intact, or opening would say it was altered
        bool found = false;
        for (const Section& sec : reopened.value()->report().sections)
            found = found ||
                    (sec.id == QLatin1String("objective-2") && sec.body.en() == QString::fromUtf8(injection));
        CHECK(found);
    }
    {
        Scenario s;
        // Two million characters: over the text limit, so the whole contribution is refused.
        tamper(s.contribution,
               "UPDATE section SET body_en = printf('%.*c', 2000000, 'x') WHERE id = 'objective-2';");
        expectRefused(s, QStringLiteral("characters"));
    }
    {
        Scenario s;
        tamper(s.contribution, "UPDATE indicator_value SET value = 1e300 WHERE indicator_id = '2.1';");
        expectRefused(s, QStringLiteral("number"));
    }
}
