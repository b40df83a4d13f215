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

TEST_CASE("check finds formatting marks in texts that print as typed, not in narratives",
          "[checks][printable][marks]")
{
    Report r = readyReport();
    Indicator& ind = r.indicators[0];
    ind.name =
        settled(QStringLiteral("**Key** children referred"), QStringLiteral("Niñas y niños remitidos"));
    ind.definition = settled(QStringLiteral("Children referred, counted once."),
                             QStringLiteral("Ver [la guía](https://example.org) del ICBF."));
    // Narratives are written with formatting, and the glossary's definitions print without their marks.
    r.sections[0].body = settled(QStringLiteral("**Bold** in a narrative."), r.sections[0].body.es());
    // An asterisk that is arithmetic, and underscores inside a word, are not marks.
    ind.source = settled(QStringLiteral("5 * 3 = 15; file_name_2025"), QStringLiteral("5 * 3 = 15"));

    Findings f;
    PrintableRules::run(r, {}, f);
    const Findings marks = withRule(f, QStringLiteral("print.formatting_marks"));
    INFO(describe(f));
    REQUIRE(marks.size() == 2);
    CHECK(has(marks, QStringLiteral("print.formatting_marks"),
              QStringLiteral("indicators/%1/name/en").arg(ind.id)));
    CHECK(marks[0].excerpt == QStringLiteral("**Key**"));
    CHECK(marks[0].start == 0);
    CHECK(has(marks, QStringLiteral("print.formatting_marks"),
              QStringLiteral("indicators/%1/definition/es").arg(ind.id)));
    CHECK(marks[1].message(Language::Es).contains(QStringLiteral("«[la guía](https://example.org)»")));

    // A heading mark at the start of a later line.
    ind.name = settled(QStringLiteral("Children referred"), QStringLiteral("Remitidos\n## Total"));
    f.clear();
    PrintableRules::run(r, {}, f);
    const Findings heading = withRule(f, QStringLiteral("print.formatting_marks"));
    REQUIRE(heading.size() == 2);
    CHECK(heading[0].path.toString() == QStringLiteral("indicators/%1/name/es").arg(ind.id));
    CHECK(heading[0].start == 10);
}
