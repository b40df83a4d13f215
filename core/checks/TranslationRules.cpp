#include "checks/TranslationRules.h"

#include "checks/TermMatcher.h"
#include "checks/TextNumbers.h"
#include "edit/ReportTexts.h"
#include "model/Report.h"

namespace cpc {

namespace {

struct Names {
    QString en, es;
};
Names languageNames(Language l)
{
    return l == Language::En ? Names{QStringLiteral("English"), QStringLiteral("inglés")}
                             : Names{QStringLiteral("Spanish"), QStringLiteral("español")};
}

void checkNumbers(const Report& r, const FieldPath& path, const BiText& t, Findings& out)
{
    const QList<TextNumbers::Figure> en = TextNumbers::find(t.en());
    const QList<TextNumbers::Figure> es = TextNumbers::find(t.es());
    for (Language l : {Language::En, Language::Es}) {
        const QList<TextNumbers::Figure>& mine = l == Language::En ? en : es;
        const QList<TextNumbers::Figure>& theirs = l == Language::En ? es : en;
        const Names here = languageNames(l), there = languageNames(otherLanguage(l));
        QStringList reported;
        for (const TextNumbers::Figure& f : mine) {
            if (TextNumbers::hasMatch(f, theirs) || reported.contains(f.text)) continue;
            reported << f.text;
            Finding fd = Finding::at(
                r, QStringLiteral("translation.numbers"), Severity::Warning, path.child(languageCode(l)),
                QStringLiteral("The %1 text gives the figure %2, which the %3 text does not.")
                    .arg(here.en, f.text, there.en),
                QStringLiteral("El texto en %1 da la cifra %2, que el texto en %3 no da.")
                    .arg(here.es, f.text, there.es));
            fd.start = f.start;
            fd.length = f.length;
            fd.excerpt = f.text;
            out << fd;
        }
    }
}

// Each glossary entry's matchers, built once per run rather than once per text.
struct TermPair {
    TermMatcher en, es;
    const TermMatcher& side(Language l) const { return l == Language::En ? en : es; }
};

QList<TermPair> termPairs(const Report& r)
{
    QList<TermPair> pairs;
    for (const GlossaryEntry& g : r.glossary) {
        TermPair p{TermMatcher(g, Language::En), TermMatcher(g, Language::Es)};
        if (!p.en.isEmpty() && !p.es.isEmpty()) pairs << p;
    }
    return pairs;
}

void checkGlossary(const Report& r, const QList<TermPair>& terms, const FieldPath& path, const BiText& t,
                   Findings& out)
{
    if (terms.isEmpty()) return;
    TermMatcher::Text en(t.en()), es(t.es());
    for (const TermPair& pair : terms) {
        pair.en.addImpliedWords(en);
        pair.es.addImpliedWords(es);
    }
    for (const TermPair& pair : terms) {
        for (Language l : {Language::En, Language::Es}) {
            const TermMatcher& used = pair.side(l);
            const TermMatcher& counterpart = pair.side(otherLanguage(l));
            const auto [start, length] = used.findUse(l == Language::En ? en : es);
            if (start < 0 || counterpart.isPresentLoosely(l == Language::En ? es : en)) continue;
            const Names here = languageNames(l), there = languageNames(otherLanguage(l));
            Finding f = Finding::at(
                r, QStringLiteral("translation.glossary"), Severity::Warning, path.child(languageCode(l)),
                QStringLiteral("The %1 text uses “%2”, but the %3 text does not use the agreed term “%4”.")
                    .arg(here.en, used.term(), there.en, counterpart.term()),
                QStringLiteral(
                    "El texto en %1 usa «%2», pero el texto en %3 no usa el término acordado «%4».")
                    .arg(here.es, used.term(), there.es, counterpart.term()));
            f.start = start;
            f.length = length;
            f.excerpt = t.text(l).mid(start, length);
            out << f;
        }
    }
}

void checkOne(const Report& r, const QList<TermPair>& terms, const FieldPath& path, const BiText& t,
              Findings& out, bool errorsOnly = false)
{
    const bool enEmpty = t.en().trimmed().isEmpty(), esEmpty = t.es().trimmed().isEmpty();
    if (enEmpty && esEmpty) return; // nothing written yet: completeness says so where it matters
    if (enEmpty != esEmpty) {
        const Language missing = enEmpty ? Language::En : Language::Es;
        const Names m = languageNames(missing), o = languageNames(otherLanguage(missing));
        out << Finding::at(r, QStringLiteral("translation.missing"), Severity::Error,
                           path.child(languageCode(missing)),
                           QStringLiteral("There is %1 text but no %2 translation.").arg(o.en, m.en),
                           QStringLiteral("Hay texto en %1 pero falta la traducción al %2.").arg(o.es, m.es));
        return;
    }
    for (Language l : {Language::En, Language::Es}) {
        if (!t.isStale(l)) continue;
        const Names m = languageNames(l), o = languageNames(otherLanguage(l));
        out << Finding::at(
            r, QStringLiteral("translation.stale"), Severity::Error, path.child(languageCode(l)),
            QStringLiteral("The %1 text changed after this %2 translation was last written or "
                           "confirmed; update or confirm it.")
                .arg(o.en, m.en),
            QStringLiteral("El texto en %1 cambió después de la última redacción o confirmación "
                           "de esta traducción al %2; actualícela o confírmela.")
                .arg(o.es, m.es));
    }
    if (errorsOnly) return; // figures and terms only warn, and comparing them is most of this family's time
    checkNumbers(r, path, t, out);
    checkGlossary(r, terms, path, t, out);
}

} // namespace

void TranslationRules::checkText(const Report& r, const FieldPath& path, const BiText& t, Findings& out)
{
    checkOne(r, termPairs(r), path, t, out);
}

void TranslationRules::run(const Report& report, const CheckContext& context, Findings& out)
{
    const QList<TermPair> terms = context.errorsOnly ? QList<TermPair>() : termPairs(report);
    ReportTexts::forEach(report, [&](const FieldPath& path, const BiText& t) {
        // A glossary entry defines the terms themselves; comparing it with itself would only echo them.
        if (path.at(0) == QLatin1String("glossary") && path.last() == QLatin1String("term")) return;
        checkOne(report, terms, path, t, out, context.errorsOnly);
    });
}

} // namespace cpc
