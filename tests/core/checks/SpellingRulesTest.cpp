#include "checks/SpellingRules.h"

#include "ChecksTestSupport.h"
#include "checks/CheckContext.h"
#include "checks/SpellChecker.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {
QStringList wordsOf(const QList<SpellChecker::Word>& ws)
{
    QStringList out;
    for (const auto& w : ws)
        out << w.text;
    return out;
}
} // namespace

TEST_CASE("spelling: the dictionaries of both languages", "[checks][spelling]")
{
    REQUIRE(SpellChecker::isAvailable(Language::En));
    REQUIRE(SpellChecker::isAvailable(Language::Es));
    SpellChecker s;
    CHECK(s.check(QStringLiteral("trafficking"), Language::En));
    CHECK(s.check(QStringLiteral("children's"), Language::En));
    CHECK(s.check(QStringLiteral("children’s"), Language::En));
    CHECK_FALSE(s.check(QStringLiteral("traficking"), Language::En));
    CHECK(s.check(QStringLiteral("niñas"), Language::Es));
    CHECK(s.check(QStringLiteral("protección"), Language::Es));
    CHECK(s.check(QStringLiteral("Adolescentes"), Language::Es));
    CHECK_FALSE(s.check(QStringLiteral("proteción"), Language::Es));
    CHECK_FALSE(s.check(QStringLiteral("childern"), Language::En));
    CHECK(s.suggest(QStringLiteral("traficking"), Language::En).contains(QStringLiteral("trafficking")));
    CHECK(s.suggest(QStringLiteral("protecion"), Language::Es).contains(QStringLiteral("protección")));
}

TEST_CASE("spelling: Colombian places, institutions and the field's terms are known in both languages",
          "[checks][spelling]")
{
    SpellChecker s;
    for (Language l : {Language::En, Language::Es}) {
        INFO(languageCode(l).toStdString());
        for (const char* word :
             {"Medellín", "Nariño", "Chocó", "Cúcuta", "Fiscalía", "judicialización", "implementadores",
              "modelaje", "psicosociales", "revictimicen", "livestreamed", "ombudspersons"})
            CHECK(s.check(QString::fromUtf8(word), l));
    }
    // The list knows words, not everything near them.
    CHECK_FALSE(s.check(QStringLiteral("judicializasión"), Language::Es));
    CHECK_FALSE(s.check(QStringLiteral("Medelín"), Language::En));
}

TEST_CASE("spelling: words worth checking", "[checks][spelling]")
{
    const QString text =
        QStringLiteral("¿Qué **pasó** con la [ruta](https://example.org/rutaz) en 2022? "
                       "¡Bien! Ver www.icbf.gov.co o escribir a info@icbf.gov.co; el ICBF y a 3er `código`.");
    const QStringList words = wordsOf(SpellChecker::words(text));
    CHECK(words == QStringList{QStringLiteral("Qué"), QStringLiteral("pasó"), QStringLiteral("con"),
                               QStringLiteral("la"), QStringLiteral("ruta"), QStringLiteral("en"),
                               QStringLiteral("Bien"), QStringLiteral("Ver"), QStringLiteral("escribir"),
                               QStringLiteral("el")});
    const auto ws = SpellChecker::words(QStringLiteral("Un niño"));
    REQUIRE(ws.size() == 2);
    CHECK(ws[1].start == 3);
    CHECK(ws[1].length == 4);
}

TEST_CASE("spelling: unknown words per text, with report words known", "[checks][spelling]")
{
    Report r = readyReport();
    CheckContext c;
    SpellChecker speller;
    speller.addKnownWords(SpellingRules::reportWords(r, c));
    const FieldPath path{QStringLiteral("sections"), QStringLiteral("objective-1"), QStringLiteral("body")};

    Findings f;
    SpellingRules::checkText(
        r, speller, path, Language::Es,
        QStringLiteral("La Fundación Renacer y la FUPAD apoyaron la protecion de los niñoss."), f);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == QLatin1String("spelling.unknown-words"));
    CHECK(f[0].excerpt == QStringLiteral("protecion, niñoss"));
    CHECK(f[0].path.toString() == QLatin1String("sections/objective-1/body/es"));
    CHECK(f[0].start == 44);

    f.clear();
    SpellingRules::checkText(r, speller, path, Language::En,
                             QStringLiteral("Renacer and MinInterior trained 312 hotel staff with ABA-ROLI."),
                             f);
    INFO(describe(f));
    CHECK(f.isEmpty());

    f.clear();
    SpellingRules::checkText(r, speller, path, Language::En, QStringLiteral("The webcam modeling campaign."),
                             f);
    CHECK(f.isEmpty());
    f.clear();
    SpellingRules::checkText(r, speller, path, Language::Es, QStringLiteral("La campaña en Tiktok y Kwai."),
                             f);
    CHECK(f.size() == 1);
    // The report's own dictionary makes a word known.
    c.dictionaryWords = {QStringLiteral("Tiktok"), QStringLiteral("Kwai")};
    SpellChecker withWords;
    withWords.addKnownWords(SpellingRules::reportWords(r, c));
    f.clear();
    SpellingRules::checkText(r, withWords, path, Language::Es, QStringLiteral("La campaña en Tiktok y Kwai."),
                             f);
    CHECK(f.isEmpty());
}
