#include "checks/CompletenessRules.h"

#include "ChecksTestSupport.h"
#include "template/Template.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {
Findings run(const Report& r, const CheckContext& c = {})
{
    Findings f;
    CompletenessRules::run(r, c, f);
    return f;
}
} // namespace

TEST_CASE("completeness: a complete report has no findings", "[checks][completeness]")
{
    const Findings f = run(readyReport());
    INFO(describe(f));
    CHECK(f.isEmpty());
}

TEST_CASE("completeness: empty objective, activity and closing sections", "[checks][completeness]")
{
    Report r = readyReport();
    r.section(QStringLiteral("objective-2"))->body = BiText();
    r.section(QStringLiteral("recommendations"))->body = BiText(QStringLiteral("  "), QString());
    r.section(QStringLiteral("areas-for-improvement"))->body = BiText();
    Activity* a = r.activity(QStringLiteral("1.2"));
    a->status.clear();
    a->body = BiText();
    const Findings f = run(r);
    INFO(describe(f));
    CHECK(has(f, QStringLiteral("completeness.objective-narrative"),
              QStringLiteral("sections/objective-2/body")));
    CHECK(has(f, QStringLiteral("completeness.recommendations"),
              QStringLiteral("sections/recommendations/body")));
    CHECK(has(f, QStringLiteral("completeness.areas-for-improvement"),
              QStringLiteral("sections/areas-for-improvement/body")));
    CHECK(has(f, QStringLiteral("completeness.activity-status"), QStringLiteral("activities/1.2/status")));
    CHECK(has(f, QStringLiteral("completeness.activity-narrative"), QStringLiteral("activities/1.2/body")));
    for (const Finding& x : f)
        CHECK(x.severity == Severity::Error);
    // Spanish message names the section in Spanish.
    for (const Finding& x : withRule(f, QStringLiteral("completeness.objective-narrative")))
        CHECK(x.messageEs.contains(QStringLiteral("Objetivo 2: Protección")));
}

TEST_CASE("completeness: text on one side only is left to the translation rules", "[checks][completeness]")
{
    Report r = readyReport();
    r.section(QStringLiteral("objective-2"))->body =
        BiText(QString(), QStringLiteral("Texto solo en español."));
    r.activity(QStringLiteral("1.1"))->body = BiText(QStringLiteral("English only."), QString());
    CHECK(run(r).isEmpty());
}

TEST_CASE("completeness: a required section missing from the report", "[checks][completeness]")
{
    Report r = readyReport();
    r.sections.removeIf([](const Section& s) { return s.kind == QLatin1String("sustainability"); });
    const Findings f = run(r);
    CHECK(has(f, QStringLiteral("completeness.section-missing"), QStringLiteral("sections/sustainability")));
}

TEST_CASE("completeness: the template's required sections and suggested lengths", "[checks][completeness]")
{
    Template t;
    TemplateSection summary;
    summary.id = QStringLiteral("executive-summary");
    summary.kind = QStringLiteral("narrative");
    summary.minWords = 5;
    summary.maxWords = 40;
    TemplateSection extra;
    extra.id = QStringLiteral("lessons");
    extra.kind = QStringLiteral("narrative");
    TemplateSection optional = extra;
    optional.id = QStringLiteral("annex");
    optional.required = false;
    t.sections << summary << extra << optional;
    CheckContext c;
    c.templ = std::make_shared<const Template>(t);

    Report r = readyReport();
    Findings f = run(r, c);
    INFO(describe(f));
    // The sample's executive summary runs to about 70 words a side.
    REQUIRE(CompletenessRules::wordCount(r.section(QStringLiteral("executive-summary"))->body.es()) > 40);
    CHECK(
        has(f, QStringLiteral("completeness.length"), QStringLiteral("sections/executive-summary/body/es")));
    CHECK(
        has(f, QStringLiteral("completeness.length"), QStringLiteral("sections/executive-summary/body/en")));
    CHECK(has(f, QStringLiteral("completeness.section-missing"), QStringLiteral("sections/lessons")));
    CHECK_FALSE(has(f, QStringLiteral("completeness.section-missing"), QStringLiteral("sections/annex")));

    r.section(QStringLiteral("executive-summary"))->body =
        settled(QStringLiteral("Too short."), QStringLiteral("Demasiado corto, sin duda alguna hoy."));
    f = run(r, c);
    CHECK(
        has(f, QStringLiteral("completeness.length"), QStringLiteral("sections/executive-summary/body/en")));
    CHECK_FALSE(
        has(f, QStringLiteral("completeness.length"), QStringLiteral("sections/executive-summary/body/es")));
    for (const Finding& x : withRule(f, QStringLiteral("completeness.length")))
        CHECK(x.severity == Severity::Warning);
}

TEST_CASE("completeness: word count", "[checks][completeness]")
{
    CHECK(CompletenessRules::wordCount(QStringLiteral("**Ley** 985 de 2005, child-friendly ¿qué?")) == 6);
    CHECK(CompletenessRules::wordCount(QString()) == 0);
}
