#include "checks/Dismissals.h"

#include "ChecksTestSupport.h"
#include "checks/CheckEngine.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {
Findings privacy(const Findings& all)
{
    Findings out;
    for (const Finding& f : all)
        if (f.rule.startsWith(QLatin1String("privacy."))) out << f;
    return out;
}
} // namespace

TEST_CASE("dismissed privacy warnings stay dismissed in the file, for that place and text",
          "[checks][dismissals]")
{
    TempDir dir;
    Report r = readyReport();
    r.activity(QStringLiteral("2.1"))->body =
        settled(QStringLiteral("Maria, 14 years old, was referred. Call 310 456 7890."),
                QStringLiteral("María, 14 años, fue remitida. Llamar al 310 456 7890."));
    const QString path = dir.path(QStringLiteral("r.cpcreport"));
    {
        auto doc = ReportDocument::create(path, r, QByteArray());
        INFO((doc ? QString() : doc.error().toString()).toStdString());
        REQUIRE(doc.ok());
        const Findings before =
            privacy(CheckEngine(CheckEngine::contextFor(*doc.value())).run(doc.value()->report()));
        INFO(describe(before));
        REQUIRE(before.size() == 4);
        // Dismiss the Spanish name-and-age warning only.
        for (const Finding& f : before)
            if (f.rule == QLatin1String("privacy.name-age") && f.language == Language::Es)
                REQUIRE(Dismissals::dismiss(*doc.value(), f).ok());
    }
    auto doc = ReportDocument::open(path, ReportDocument::Mode::ReadOnly);
    REQUIRE(doc.ok());
    const CheckContext c = CheckEngine::contextFor(*doc.value());
    CHECK(c.dismissed.size() == 1);
    const Findings after = privacy(CheckEngine(c).run(doc.value()->report()));
    INFO(describe(after));
    REQUIRE(after.size() == 3);
    for (const Finding& f : after)
        CHECK_FALSE((f.rule == QLatin1String("privacy.name-age") && f.language == Language::Es));

    // Another text at the same place is a new warning.
    Report changed = doc.value()->report();
    changed.activity(QStringLiteral("2.1"))->body =
        settled(QStringLiteral("Maria, 14 years old, was referred."),
                QStringLiteral("Camila, 15 años, fue remitida."));
    CHECK(privacy(CheckEngine(c).run(changed)).size() == 2);
}

TEST_CASE("dismissal keys name the rule, the place and the text", "[checks][dismissals]")
{
    Finding f;
    f.rule = QStringLiteral("privacy.email");
    f.path = FieldPath{QStringLiteral("sections"), QStringLiteral("objective-1"), QStringLiteral("body"),
                       QStringLiteral("es")};
    f.excerpt = QStringLiteral("a@b.co");
    const QString k = Dismissals::key(f);
    CHECK(k.startsWith(QStringLiteral("checks/dismissed/privacy.email/sections/objective-1/body/es/")));
    Finding g = f;
    g.excerpt = QStringLiteral("c@d.co");
    CHECK(Dismissals::key(g) != k);
    g = f;
    g.path = FieldPath{QStringLiteral("sections"), QStringLiteral("objective-2"), QStringLiteral("body"),
                       QStringLiteral("es")};
    CHECK(Dismissals::key(g) != k);
}
