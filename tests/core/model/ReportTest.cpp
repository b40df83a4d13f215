#include "model/Report.h"

#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("a report finds its parts by id", "[report]")
{
    Report r;
    Section s;
    s.id = QStringLiteral("objective-1");
    s.kind = QStringLiteral("objective");
    Activity a;
    a.id = QStringLiteral("1.1");
    s.activities.append(a);
    r.sections.append(s);
    Indicator i;
    i.id = QStringLiteral("2.1");
    r.indicators.append(i);
    r.glossary.append(GlossaryEntry{BiText(QStringLiteral("Child"), QStringLiteral("Niño")), BiText()});

    const Section* owner = nullptr;
    REQUIRE(r.activity(QStringLiteral("1.1"), &owner));
    CHECK(owner->id == QStringLiteral("objective-1"));
    CHECK_FALSE(r.activity(QStringLiteral("9.9")));
    CHECK(r.indicator(QStringLiteral("2.1")));
    CHECK_FALSE(r.section(QStringLiteral("nope")));
    CHECK(r.glossaryIndex(QStringLiteral("Child")) == 0);
    CHECK(r.glossaryIndex(QStringLiteral("Niño")) == -1);
}
