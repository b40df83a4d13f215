#include "checks/TranslationRules.h"

#include "ChecksTestSupport.h"
#include "checks/TextNumbers.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {
const FieldPath kPath{QStringLiteral("sections"), QStringLiteral("objective-1"), QStringLiteral("body")};

Findings check(const BiText& t, const Report& r = readyReport())
{
    Findings f;
    TranslationRules::checkText(r, kPath, t, f);
    return f;
}
Findings numbers(const QString& en, const QString& es)
{
    return withRule(check(settled(en, es)), QStringLiteral("translation.numbers"));
}
Findings glossary(const QString& en, const QString& es)
{
    return withRule(check(settled(en, es)), QStringLiteral("translation.glossary"));
}
} // namespace

TEST_CASE("translation: a missing side", "[checks][translation]")
{
    Findings f = check(BiText(QStringLiteral("Workshops were held."), QString()));
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == QLatin1String("translation.missing"));
    CHECK(f[0].path.toString() == QLatin1String("sections/objective-1/body/es"));
    CHECK(f[0].severity == Severity::Error);
    f = check(BiText(QString(), QStringLiteral("Se realizaron talleres.")));
    REQUIRE(f.size() == 1);
    CHECK(f[0].path.toString() == QLatin1String("sections/objective-1/body/en"));
    CHECK(check(BiText()).isEmpty());
    CHECK(check(settled(QStringLiteral("Workshops were held."), QStringLiteral("Se realizaron talleres.")))
              .isEmpty());
}

TEST_CASE("translation: a stale side, whichever side changed", "[checks][translation]")
{
    BiText t = settled(QStringLiteral("Workshops were held."), QStringLiteral("Se realizaron talleres."));
    t.write(Language::Es, QStringLiteral("Se realizaron varios talleres."), 7);
    Findings f = withRule(check(t), QStringLiteral("translation.stale"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].path.toString() == QLatin1String("sections/objective-1/body/en"));
    t.write(Language::En, QStringLiteral("Several workshops were held."), 8);
    CHECK(withRule(check(t), QStringLiteral("translation.stale")).isEmpty());
    t.confirm(Language::En, 9);
    CHECK(withRule(check(t), QStringLiteral("translation.stale")).isEmpty());
}

TEST_CASE("translation: different figures on the two sides", "[checks][translation]")
{
    Findings f =
        numbers(QStringLiteral("312 people were trained."), QStringLiteral("Se capacitó a 321 personas."));
    REQUIRE(f.size() == 2);
    CHECK(f[0].excerpt == QLatin1String("312"));
    CHECK(f[0].language == Language::En);
    CHECK(f[0].start == 0);
    CHECK(f[0].length == 3);
    CHECK(f[1].excerpt == QLatin1String("321"));
    CHECK(numbers(QStringLiteral("Shelters received 1,234.5 million pesos."),
                  QStringLiteral("Los hogares recibieron 1.243,5 millones de pesos."))
              .size() == 2);
    CHECK(numbers(QStringLiteral("A figure of 47.5%."), QStringLiteral("Una cifra de 45,7 %.")).size() == 2);
    // A figure on one side only.
    f = numbers(QStringLiteral("Workshops in 3 departments."),
                QStringLiteral("Talleres en varios departamentos."));
    REQUIRE(f.size() == 1);
    CHECK(f[0].path.toString() == QLatin1String("sections/objective-1/body/en"));
    f = numbers(QStringLiteral("Workshops in several departments."),
                QStringLiteral("Talleres en 3 departamentos."));
    REQUIRE(f.size() == 1);
    CHECK(f[0].language == Language::Es);
}

TEST_CASE("translation: the same figures in each language's notation raise nothing", "[checks][translation]")
{
    CHECK(numbers(QStringLiteral("Shelters received 1,234.5 million pesos."),
                  QStringLiteral("Los hogares recibieron 1.234,5 millones de pesos."))
              .isEmpty());
    CHECK(numbers(QStringLiteral("A share of 47.5% against 50%."),
                  QStringLiteral("Una proporción de 47,5 % frente a 50 %."))
              .isEmpty());
    CHECK(numbers(
              QStringLiteral("Signed on April 26, 2022, under Law 985 of 2005 (page 12)."),
              QStringLiteral("Suscrita el 26 de abril de 2022, en virtud de la Ley 985 de 2005 (página 12)."))
              .isEmpty());
    // An ordinary space separates figures: "1 200 000" is three of them, none of which is 1,200,000.
    const Findings spaced = numbers(QStringLiteral("2,500 children and 1,200,000 pesos; activity 3.1."),
                                    QStringLiteral("2.500 niños y 1 200 000 pesos; actividad 3.1."));
    REQUIRE_FALSE(spaced.isEmpty());
    CHECK(spaced[0].excerpt == QLatin1String("1,200,000"));
    CHECK(numbers(QStringLiteral("2,500 children and 1,200,000 pesos; activity 3.1."),
                  QString::fromUtf8("2.500 niños y 1\u00a0200\u00a0000 pesos; actividad 3.1."))
              .isEmpty());
    CHECK(numbers(QStringLiteral("The 1st phase."), QStringLiteral("La 1.ª fase.")).isEmpty());
    CHECK(numbers(QStringLiteral("Year 2 and 3."), QStringLiteral("Años 3 y 2.")).isEmpty());
}

TEST_CASE("translation: figures are read in either notation", "[checks][translation]")
{
    CHECK(TextNumbers::readings(QStringLiteral("1,234.5")) == QList<double>{1234.5});
    CHECK(TextNumbers::readings(QStringLiteral("1.234,5")) == QList<double>{1234.5});
    CHECK(TextNumbers::readings(QStringLiteral("1.234.567")) == QList<double>{1234567});
    CHECK(TextNumbers::readings(QStringLiteral("2,500")) == QList<double>{2.5, 2500});
    CHECK(TextNumbers::readings(QStringLiteral("47,5")) == QList<double>{47.5});
    const auto found = TextNumbers::find(QStringLiteral("En 2022, 163 niños."));
    REQUIRE(found.size() == 2);
    CHECK(found[0].text == QLatin1String("2022"));
    CHECK(found[1].start == 9);
}

TEST_CASE("translation: a glossary term without its counterpart", "[checks][translation]")
{
    // The ready report's glossary: "Child trafficking" = "Trata de niñas, niños y adolescentes", "Child" =
    // "... (NNA)".
    Findings f = glossary(QStringLiteral("Cases of child trafficking rose."),
                          QStringLiteral("Aumentaron los casos de explotación infantil."));
    // Both "Child" and "Child trafficking" are used without their counterparts.
    REQUIRE(f.size() == 2);
    CHECK(f[1].language == Language::En);
    CHECK(f[1].excerpt == QLatin1String("child trafficking"));
    CHECK(f[1].start == 9);
    CHECK(f[1].messageEs.contains(QStringLiteral("Trata de niñas, niños y adolescentes")));
    f = glossary(QStringLiteral("Cases of exploitation rose."),
                 QStringLiteral("Aumentaron los casos de trata de niñas, niños y adolescentes."));
    REQUIRE_FALSE(f.isEmpty());
    CHECK(f[0].language == Language::Es);
    f = glossary(QStringLiteral("Services for victims."), QStringLiteral("Servicios para NNA víctimas."));
    REQUIRE(f.size() == 1);
    CHECK(f[0].excerpt == QLatin1String("NNA"));
}

TEST_CASE("translation: glossary counterparts in other word order or inflection raise nothing",
          "[checks][translation]")
{
    CHECK(glossary(QStringLiteral("Cases of child trafficking rose."),
                   QStringLiteral("Aumentaron los casos de trata de niños, niñas y adolescentes."))
              .isEmpty());
    CHECK(glossary(QStringLiteral("Services for every child."),
                   QStringLiteral("Servicios para todo niño, niña o adolescente."))
              .isEmpty());
    CHECK(
        glossary(QStringLiteral("Services for children."), QStringLiteral("Servicios para NNA.")).isEmpty());
    // Colombian usage abbreviates the counterpart with the acronym another entry defines.
    CHECK(glossary(QStringLiteral("Child trafficking cases prosecuted."),
                   QStringLiteral("Casos de trata de NNA judicializados."))
              .isEmpty());
    CHECK(glossary(QStringLiteral("Child trafficking victims."), QStringLiteral("NNA víctimas de trata."))
              .isEmpty());
    CHECK(glossary(QStringLiteral("Child trafficking cases prosecuted."),
                   QStringLiteral("Casos de NNA judicializados."))
              .size() == 1);
    CHECK(glossary(QStringLiteral("Services for victims."), QStringLiteral("Servicios para víctimas."))
              .isEmpty());
    // "nna" in lower case inside another word is not the acronym.
    CHECK(glossary(QStringLiteral("Anna's team."), QStringLiteral("El equipo de Anna.")).isEmpty());
}
