#include "checks/CommentRules.h"

#include "ChecksTestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

TEST_CASE("comments: unresolved comments are listed, resolved ones are not", "[checks][comments]")
{
    Report r = readyReport();
    Findings f;
    CommentRules::run(r, {}, f);
    CHECK(f.isEmpty());
    r.comments << Comment{QStringLiteral("activity"),
                          QStringLiteral("1.2"),
                          QStringLiteral("RENACER"),
                          QStringLiteral("2023-08-02T09:00:00Z"),
                          QStringLiteral("¿Fecha de lanzamiento?"),
                          false};
    r.comments << Comment{QStringLiteral("indicator"), QStringLiteral("2.2"),
                          QStringLiteral("ICBF"),      QStringLiteral("2023-08-03T09:00:00Z"),
                          QStringLiteral("Checked."),  true};
    CommentRules::run(r, {}, f);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == QLatin1String("comments.unresolved"));
    CHECK(f[0].path.toString() == QLatin1String("activities/1.2"));
    CHECK(f[0].activity == QLatin1String("1.2"));
    CHECK(f[0].section == QLatin1String("objective-1"));
    CHECK(f[0].messageEn.contains(QStringLiteral("¿Fecha de lanzamiento?")));
    CHECK(f[0].messageEs.startsWith(QStringLiteral("Comentario sin resolver de Renacer")));
}
