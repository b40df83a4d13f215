#include "checks/CheckEngine.h"

#include "ChecksTestSupport.h"
#include "checks/Readiness.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

TEST_CASE("the sample report is not ready, for the reasons the issue lists", "[checks][engine]")
{
    const Report r = sampleReport();
    const Findings f = CheckEngine().run(r);
    INFO(describe(f));
    CHECK(has(f, QStringLiteral("completeness.objective-narrative"),
              QStringLiteral("sections/objective-3/body")));
    CHECK(has(f, QStringLiteral("translation.missing"), QStringLiteral("activities/3.1/body/es")));
    CHECK(has(f, QStringLiteral("indicators.actual-missing"), QStringLiteral("indicators/3.1/actuals/1")));
    CHECK(has(f, QStringLiteral("completeness.sustainability"),
              QStringLiteral("sections/sustainability/body")));
    CHECK(has(f, QStringLiteral("comments.unresolved"), QStringLiteral("sections/objective-3")));
    const Readiness ready = Readiness::compute(r, f, {});
    CHECK_FALSE(ready.isReady());
    CHECK(ready.errors >= 4);
    CHECK(ready.progress > 50);
    CHECK(ready.progress < 100);

    // Places are filled in from the path.
    for (const Finding& x : withRule(f, QStringLiteral("translation.missing")))
        if (x.activity == QLatin1String("3.1")) {
            CHECK(x.section == QLatin1String("objective-3"));
            CHECK(x.language == Language::Es);
        }
    for (const Finding& x : withRule(f, QStringLiteral("indicators.actual-missing")))
        CHECK(x.year == 1);
}

TEST_CASE("a report that satisfies every rule is ready", "[checks][engine]")
{
    const Report r = readyReport();
    const Findings f = CheckEngine().run(r);
    Findings errors;
    for (const Finding& x : f)
        if (x.severity == Severity::Error) errors << x;
    INFO(describe(f));
    CHECK(errors.isEmpty());
    const Readiness ready = Readiness::compute(r, f, {});
    CHECK(ready.isReady());
    CHECK(ready.progress == 100);
    // No false alarms on the ready report's numbers, names and glossary.
    CHECK(withRule(f, QStringLiteral("translation.numbers")).isEmpty());
    CHECK(withRule(f, QStringLiteral("translation.glossary")).isEmpty());
    for (const Finding& x : f)
        CHECK_FALSE(x.rule.startsWith(QLatin1String("privacy.")));
}

TEST_CASE("findings come in document order and carry both languages", "[checks][engine]")
{
    const Report r = sampleReport();
    const Findings f = CheckEngine().run(r);
    int lastSection = -1;
    for (const Finding& x : f) {
        CHECK_FALSE(x.messageEn.isEmpty());
        CHECK_FALSE(x.messageEs.isEmpty());
        CHECK(x.messageEn != x.messageEs);
        if (x.path.at(0) != QLatin1String("sections")) continue;
        int idx = -1;
        for (int i = 0; i < r.sections.size(); ++i)
            if (r.sections[i].id == x.section) idx = i;
        CHECK(idx >= lastSection);
        lastSection = idx;
    }
}

TEST_CASE("a stale side is reported until it is written again", "[checks][engine]")
{
    Report r = readyReport();
    Section* s = r.section(QStringLiteral("objective-1"));
    REQUIRE(s);
    s->body.setBookkeeping(1, 1, 1, 1);
    s->body.write(Language::En, QStringLiteral("Prevention work changed."), 5);
    Findings f = CheckEngine().run(r);
    CHECK(has(f, QStringLiteral("translation.stale"), QStringLiteral("sections/objective-1/body/es")));
    CHECK_FALSE(Readiness::compute(r, f, {}).isReady());
    s->body.write(Language::Es, QStringLiteral("El trabajo de prevención cambió."), 6);
    f = CheckEngine().run(r);
    CHECK_FALSE(has(f, QStringLiteral("translation.stale"), QStringLiteral("sections/objective-1/body/es")));
    CHECK_FALSE(has(f, QStringLiteral("translation.stale"), QStringLiteral("sections/objective-1/body/en")));
}

TEST_CASE("an open file is checked against the template it keeps", "[checks][engine][template]")
{
    // The ready report's sections are far shorter than colombia-cpc suggests; a file that keeps no
    // template has no suggested lengths, so the same report gets no such warning there.
    TempDir dir;
    const QByteArray templ = readFile(sourcePath(QStringLiteral("resources/templates/colombia-cpc.json")));
    auto kept = ReportDocument::create(dir.path(QStringLiteral("kept.cpcreport")), readyReport(), templ);
    auto none =
        ReportDocument::create(dir.path(QStringLiteral("none.cpcreport")), readyReport(), QByteArray());
    REQUIRE(kept.ok());
    REQUIRE(none.ok());

    const CheckContext c = CheckEngine::contextFor(*kept.value());
    REQUIRE(c.templ);
    CHECK(c.templ == kept.value()->reportTemplate());
    const Findings withTemplate = CheckEngine(c).run(kept.value()->report());
    INFO(describe(withTemplate));
    CHECK(has(withTemplate, QStringLiteral("completeness.length"),
              QStringLiteral("sections/executive-summary/body/es")));

    const Findings without = CheckEngine(CheckEngine::contextFor(*none.value())).run(none.value()->report());
    CHECK(withRule(without, QStringLiteral("completeness.length")).isEmpty());
}
