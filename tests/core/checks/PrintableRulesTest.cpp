#include "ChecksTestSupport.h"

#include "checks/PrintableRules.h"
#include "pdf/PrintableText.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

TEST_CASE("the printed report's fonts: Latin, Spanish and typography are shown, other scripts are not",
          "[checks][printable]")
{
    for (char32_t c : {U'a', U'ñ', U'Á', U'¿', U'€', U'–', U'“', U'•'}) CHECK(PrintableText::canShow(c));
    for (char32_t c : {U'\u0634', U'\u05D0', U'\u8C22', U'\uD55C', U'\u3042', char32_t(0x1F600)})
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

    r.sections[0].body = BiText(QString::fromUtf8("Gracias \xD8\xB4\xD9\x83\xD8\xB1\xD8\xA7 and more"), r.sections[0].body.es());
    Indicator& ind = r.indicators[0];
    ind.disaggregation[1].append(Disaggregation{QStringLiteral("origen"), {{QString::fromUtf8("\xE4\xB8\xAD\xE5\x9B\xBD"), 4}}});
    PrintableRules::run(r, {}, f);
    REQUIRE(f.size() == 2);
    CHECK(f[0].rule == QLatin1String("print.unshown_characters"));
    CHECK(f[0].path.toString() == QStringLiteral("sections/%1/body/en").arg(r.sections[0].id));
    CHECK(f[0].start == 8);
    CHECK(f[0].messageEn.contains(QString::fromUtf8("\xD8\xB4")));
    CHECK(f[0].messageEs.contains(QStringLiteral("no pueden imprimir")));
    CHECK(f[1].path.toString() == QStringLiteral("indicators/%1/disaggregation/1/origen/%2")
                                      .arg(ind.id, QString::fromUtf8("\xE4\xB8\xAD\xE5\x9B\xBD")));
    CHECK(f[1].indicator == ind.id);
    CHECK(f[1].year == 1);
}
