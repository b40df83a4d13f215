#include "checks/SpellingRules.h"

#include "checks/SpellChecker.h"
#include "edit/ReportTexts.h"
#include "model/Report.h"

namespace cpc {

QStringList SpellingRules::reportWords(const Report& r, const CheckContext& context)
{
    QStringList words = context.dictionaryWords;
    for (const GlossaryEntry& g : r.glossary)
        words << g.term.en() << g.term.es();
    for (const Entity& e : r.entities)
        words << e.id << e.acronym.en() << e.acronym.es() << e.name.en() << e.name.es();
    return words;
}

void SpellingRules::checkText(const Report& r, const SpellChecker& speller, const FieldPath& path, Language l,
                              const QString& text, Findings& out)
{
    const QList<SpellChecker::Word> wrong = speller.misspelled(text, l);
    if (wrong.isEmpty()) return;
    QStringList unique;
    for (const SpellChecker::Word& w : wrong)
        if (!unique.contains(w.text)) unique << w.text;
    const QString list = unique.join(QStringLiteral(", "));
    Finding f = Finding::at(
        r, QStringLiteral("spelling.unknown-words"), Severity::Warning, path.child(languageCode(l)),
        l == Language::En ? QStringLiteral("Unknown words in the English text: %1.").arg(list)
                          : QStringLiteral("Unknown words in the Spanish text: %1.").arg(list),
        l == Language::En ? QStringLiteral("Palabras desconocidas en el texto en inglés: %1.").arg(list)
                          : QStringLiteral("Palabras desconocidas en el texto en español: %1.").arg(list));
    f.start = wrong.first().start;
    f.length = wrong.first().length;
    f.excerpt = list;
    out << f;
}

void SpellingRules::run(const Report& report, const CheckContext& context, Findings& out)
{
    for (Language l : {Language::En, Language::Es}) {
        if (SpellChecker::isAvailable(l)) continue;
        out << Finding::at(
            report, QStringLiteral("spelling.unavailable"), Severity::Info, FieldPath{},
            QStringLiteral("The %1 spelling dictionary is not installed; spelling was not checked in %1.")
                .arg(l == Language::En ? QStringLiteral("English") : QStringLiteral("Spanish")),
            QStringLiteral("El diccionario ortográfico de %1 no está instalado; no se revisó la "
                           "ortografía en %1.")
                .arg(l == Language::En ? QStringLiteral("inglés") : QStringLiteral("español")));
    }
    SpellChecker speller;
    speller.addKnownWords(reportWords(report, context));
    ReportTexts::forEach(report, [&](const FieldPath& path, const BiText& t) {
        for (Language l : {Language::En, Language::Es})
            checkText(report, speller, path, l, t.text(l), out);
    });
}

} // namespace cpc
