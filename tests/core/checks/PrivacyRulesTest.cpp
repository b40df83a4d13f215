#include "checks/PrivacyRules.h"

#include "ChecksTestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {
Findings scan(const QString& text, Language l = Language::Es)
{
    static const Report r = readyReport();
    Findings f;
    PrivacyRules::checkText(
        r, FieldPath{QStringLiteral("activities"), QStringLiteral("2.1"), QStringLiteral("body")}, l, text,
        f);
    return f;
}
QStringList rules(const Findings& f)
{
    QStringList out;
    for (const Finding& x : f)
        out << x.rule;
    return out;
}
void expect(const QString& rule, const QString& text, const QString& match, Language l)
{
    const Findings f = scan(text, l);
    INFO(text.toStdString() << " → " << describe(f));
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == rule);
    CHECK(f[0].severity == Severity::Warning);
    CHECK(f[0].excerpt.trimmed() == match);
    CHECK(text.mid(f[0].start, f[0].length) == f[0].excerpt);
    CHECK(f[0].messageEn.contains(match));
    CHECK(f[0].messageEs.contains(match));
    CHECK(f[0].activity == QLatin1String("2.1"));
    CHECK(f[0].language == l);
}
} // namespace

TEST_CASE("privacy: e-mail addresses", "[checks][privacy]")
{
    expect(QStringLiteral("privacy.email"),
           QStringLiteral("Contact the family at maria.perez@gmail.com today."),
           QStringLiteral("maria.perez@gmail.com"), Language::En);
    expect(QStringLiteral("privacy.email"),
           QStringLiteral("Escribió a josé_niño@correo.gov.co para denunciar."),
           QStringLiteral("josé_niño@correo.gov.co"), Language::Es);
}

TEST_CASE("privacy: telephone numbers", "[checks][privacy]")
{
    expect(QStringLiteral("privacy.phone"), QStringLiteral("Her mother answered at 310 456 7890."),
           QStringLiteral("310 456 7890"), Language::En);
    expect(QStringLiteral("privacy.phone"), QStringLiteral("Llamar al +57 315-222-3344 en la tarde."),
           QStringLiteral("+57 315-222-3344"), Language::Es);
    expect(QStringLiteral("privacy.phone"), QStringLiteral("Teléfono fijo (601) 345 6789 de la familia."),
           QStringLiteral("(601) 345 6789"), Language::Es);
    expect(QStringLiteral("privacy.phone"), QStringLiteral("Reachable on tel. 4 123 456 at the shelter."),
           QStringLiteral("tel. 4 123 456"), Language::En);
}

TEST_CASE("privacy: identity document numbers", "[checks][privacy]")
{
    expect(QStringLiteral("privacy.id-number"),
           QStringLiteral("La niña, con tarjeta de identidad 1.023.456.789, fue remitida."),
           QStringLiteral("tarjeta de identidad 1.023.456.789"), Language::Es);
    expect(QStringLiteral("privacy.id-number"), QStringLiteral("Registrado con NUIP 1234567890 en el ICBF."),
           QStringLiteral("NUIP 1234567890"), Language::Es);
    expect(QStringLiteral("privacy.id-number"), QStringLiteral("Su padre, C.C. No. 79.123.456, declaró."),
           QStringLiteral("C.C. No. 79.123.456"), Language::Es);
    expect(QStringLiteral("privacy.id-number"),
           QStringLiteral("The boy's identity card number 1098765432 was copied."),
           QStringLiteral("identity card number 1098765432"), Language::En);
}

TEST_CASE("privacy: dates of birth", "[checks][privacy]")
{
    expect(QStringLiteral("privacy.birth-date"),
           QStringLiteral("La adolescente nació el 3 de mayo de 2009 en Cali."),
           QStringLiteral("nació el 3 de mayo de 2009"), Language::Es);
    expect(QStringLiteral("privacy.birth-date"), QStringLiteral("Fecha de nacimiento: 12/03/2010."),
           QStringLiteral("Fecha de nacimiento: 12/03/2010"), Language::Es);
    expect(QStringLiteral("privacy.birth-date"),
           QStringLiteral("The girl was born on March 12, 2009 in Cartagena."),
           QStringLiteral("born on March 12, 2009"), Language::En);
}

TEST_CASE("privacy: street addresses", "[checks][privacy]")
{
    expect(QStringLiteral("privacy.address"),
           QStringLiteral("Vive en la Calle 10 # 5-23 del barrio Getsemaní."),
           QStringLiteral("Calle 10 # 5-23"), Language::Es);
    expect(QStringLiteral("privacy.address"),
           QStringLiteral("El hogar queda en la Cra. 7 No. 32-16, Bogotá."),
           QStringLiteral("Cra. 7 No. 32-16"), Language::Es);
    expect(QStringLiteral("privacy.address"),
           QStringLiteral("The family moved to 1600 Main Street last year."),
           QStringLiteral("1600 Main Street"), Language::En);
}

TEST_CASE("privacy: a name next to an age", "[checks][privacy]")
{
    expect(QStringLiteral("privacy.name-age"), QStringLiteral("María, 14 años, fue atendida en el hogar."),
           QStringLiteral("María, 14 años"), Language::Es);
    expect(QStringLiteral("privacy.name-age"),
           QStringLiteral("El caso de Juan Pérez (15) llegó a la Fiscalía."),
           QStringLiteral("Juan Pérez (15)"), Language::Es);
    expect(QStringLiteral("privacy.name-age"), QStringLiteral("Luisa, una niña de 12 años, pidió ayuda."),
           QStringLiteral("Luisa, una niña de 12 años"), Language::Es);
    expect(QStringLiteral("privacy.name-age"), QStringLiteral("Ana, a 14-year-old, was referred to ICBF."),
           QStringLiteral("Ana, a 14-year-old"), Language::En);
}

TEST_CASE("privacy: ordinary figures, years, laws and page references raise nothing", "[checks][privacy]")
{
    const QStringList clean{
        QStringLiteral("En 2022 se atendieron 163 niñas, niños y adolescentes; la meta era 150."),
        QStringLiteral("In 2022, 163 children received services against a target of 150 (108.7%)."),
        QStringLiteral("Según la Ley 985 de 2005 y el Decreto 1069 de 2015, página 12."),
        QStringLiteral("Under Law 985 of 2005 and Decree 1069 of 2015 (see page 12, pp. 14-16)."),
        QStringLiteral("El presupuesto fue de 1.234.567.890 pesos y 3.500.000 dólares."),
        QStringLiteral("The budget was 1,234,567,890 pesos; 3,001,234,567 in total; 47.5% and 12,5 %."),
        QStringLiteral("Suscrita el 26 de abril de 2022; el periodo termina el 25/04/2023."),
        QStringLiteral("Signed on April 26, 2022 by the Ministry of the Interior."),
        QStringLiteral("Persona menor de 18 años. A person under the age of 18. Niños entre 12 y 17 años."),
        QStringLiteral(
            "Desde 2005, 18 años de trabajo. Colombia, 18 años después. During 2021, 14 years later."),
        QStringLiteral("Los niños en situación de calle y la Carrera 7 de la ciudad; Objetivo 3 (2023)."),
        QStringLiteral("Indicador 3.1: 45 casos; actividad 2.1 en el año 2; tabla 4 (página 12)."),
        QStringLiteral("Visit https://www.mininterior.gov.co/tratadepersonas or call the 122 hotline."),
        QStringLiteral("Línea 01 8000 52 2020 y Línea 141 del ICBF."),
    };
    for (const QString& text : clean) {
        const Findings f = scan(text);
        INFO(text.toStdString() << " → " << rules(f).join(QStringLiteral(", ")).toStdString());
        CHECK(f.isEmpty());
    }
}
