#include "checks/PrintableRules.h"

#include "ChecksTestSupport.h"
#include "pdf/PrintableText.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

TEST_CASE("the printed report's fonts show Latin, Spanish, typography, Chinese, Japanese and Korean, but not "
          "scripts that need shaping or right-to-left layout, nor emoji",
          "[checks][printable]")
{
    for (char32_t c : {U'a', U'ñ', U'Á', U'¿', U'€', U'–', U'“', U'•'})
        CHECK(PrintableText::canShow(c));
    // The fallback faces (fonts-droid-fallback, fonts-nanum; build.sh installs them).
    for (char32_t c : {U'\u8C22', U'\u4E2D', U'\u3042', U'\u30AB', U'\u3002', U'\uD55C', U'\uFF1A'})
        CHECK(PrintableText::canShow(c));
    // Arabic (joined letters), Hebrew (right to left), Devanagari (reordered letters), Hangul letters that
    // join into syllables, emoji, and ideographs beyond the Basic Multilingual Plane.
    for (char32_t c : {U'\u0634', U'\u05D0', U'\u0915', U'\u1100', char32_t(0x1F600), char32_t(0x20000)})
        CHECK_FALSE(PrintableText::canShow(c));
    CHECK(PrintableText::canShow(U'\n')); // dropped or turned into a space, never a replacement mark
    CHECK_FALSE(PrintableText::firstUnshown(QStringLiteral("Niñas, niños y adolescentes")));
    CHECK(PrintableText::firstUnshown(QString::fromUtf8("ok \xF0\x9F\x98\x80 ok")) == 3);
}

TEST_CASE("check finds texts and names the PDF cannot print, with the place", "[checks][printable]")
{
    Report r = readyReport();
    Findings f;
    PrintableRules::run(r, {}, f);
    CHECK(f.isEmpty());

    r.sections[0].body = BiText(QString::fromUtf8("Gracias \xD8\xB4\xD9\x83\xD8\xB1\xD8\xA7 and more"),
                                r.sections[0].body.es());
    Indicator& ind = r.indicators[0];
    ind.disaggregation[1].append(
        Disaggregation{QStringLiteral("origen"),
                       {{QString::fromUtf8("\xE4\xB8\xAD\xE5\x9B\xBD"), 4},
                        {QString::fromUtf8("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"), 5}}});
    PrintableRules::run(r, {}, f);
    REQUIRE(f.size() == 2);
    CHECK(f[0].rule == QLatin1String("print.unshown_characters"));
    CHECK(f[0].path.toString() == QStringLiteral("sections/%1/body/en").arg(r.sections[0].id));
    CHECK(f[0].start == 8);
    CHECK(f[0].messageEn.contains(QString::fromUtf8("\xD8\xB4")));
    CHECK(f[0].messageEs.contains(QStringLiteral("no pueden imprimir")));
    // Chinese prints (the fallback face): only the Hebrew category is found.
    CHECK(f[1].path.toString() == QStringLiteral("indicators/%1/disaggregation/1/origen/%2")
                                      .arg(ind.id, QString::fromUtf8("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D")));
    CHECK(f[1].indicator == ind.id);
    CHECK(f[1].year == 1);
}
