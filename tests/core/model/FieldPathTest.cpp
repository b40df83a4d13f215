#include "model/FieldPath.h"

#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("a field path survives its text form, slashes and percent signs included", "[fieldpath]")
{
    const FieldPath p{QStringLiteral("glossary"), QStringLiteral("Survivor/victim 100%"),
                      QStringLiteral("term"), QStringLiteral("es")};
    const QString text = p.toString();
    CHECK(text == QStringLiteral("glossary/Survivor%2Fvictim 100%25/term/es"));
    CHECK(FieldPath::fromString(text) == p);
    CHECK(p.parent().toString() == QStringLiteral("glossary/Survivor%2Fvictim 100%25/term"));
    CHECK(p.startsWith(FieldPath{QStringLiteral("glossary")}));
    CHECK_FALSE(p.startsWith(FieldPath{QStringLiteral("sections")}));
    CHECK(FieldPath::fromString(QStringLiteral("sections/objective-1/body/en")).size() == 4);
}
