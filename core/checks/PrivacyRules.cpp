#include "checks/PrivacyRules.h"

#include "checks/Dismissals.h"
#include "edit/ReportTexts.h"
#include "model/Report.h"

namespace cpc {

namespace {

QRegularExpression rx(const char* pattern)
{
    QRegularExpression r(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption |
                                                         QRegularExpression::UseUnicodePropertiesOption);
    r.optimize();
    return r;
}

// Words that start sentences and precede ", 18 años" without being names ("Desde 2005, 18 años de...").
bool isCommonWord(const QString& w)
{
    static const QSet<QString> common{
        QStringLiteral("en"),      QStringLiteral("durante"),   QStringLiteral("hace"),
        QStringLiteral("desde"),   QStringLiteral("por"),       QStringLiteral("para"),
        QStringLiteral("con"),     QStringLiteral("los"),       QStringLiteral("las"),
        QStringLiteral("el"),      QStringLiteral("la"),        QStringLiteral("después"),
        QStringLiteral("antes"),   QStringLiteral("colombia"),  QStringLiteral("in"),
        QStringLiteral("for"),     QStringLiteral("since"),     QStringLiteral("during"),
        QStringLiteral("after"),   QStringLiteral("before"),    QStringLiteral("the"),
        QStringLiteral("aged"),    QStringLiteral("ages"),      QStringLiteral("age"),
        QStringLiteral("edad"),    QStringLiteral("edades"),    QStringLiteral("entre"),
        QStringLiteral("between"), QStringLiteral("under"),     QStringLiteral("menores"),
        QStringLiteral("mayores"), QStringLiteral("over"),      QStringLiteral("year"),
        QStringLiteral("año"),     QStringLiteral("objective"), QStringLiteral("objetivo"),
        QStringLiteral("ley"),     QStringLiteral("law"),       QStringLiteral("decreto"),
        QStringLiteral("decree")};
    return common.contains(w.toLower());
}

} // namespace

const QList<PrivacyRules::Pattern>& PrivacyRules::patterns()
{
    // Day, month name and year, in either language: "3 de mayo de 2010", "May 3, 2010", "3 May 2010".
#define CPC_MONTH                                                                                            \
    "(?:ene(?:ro)?|feb(?:rero)?|mar(?:zo)?|abr(?:il)?|may(?:o)?|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sep(?:t(?" \
    ":iembre)?)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?|jan(?:uary)?|february|march|apr(?:il)?|june|"    \
    "july|aug(?:ust)?|september|october|november|dec(?:ember)?)\\.?"
#define CPC_DATE                                                                                             \
    "(?:\\d{1,2}[/.\\-]\\d{1,2}[/"                                                                           \
    ".\\-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:de\\s+)?" CPC_MONTH                          \
    "\\s+(?:de\\s+|del\\s+)?\\d{4}|" CPC_MONTH "\\s+\\d{1,2},?\\s+\\d{4})"
    static const QList<Pattern> list{
        {QStringLiteral("privacy.email"),
         rx(R"([\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.[a-z]{2,})"),
         QStringLiteral("an e-mail address"), QStringLiteral("una dirección de correo electrónico")},
        {QStringLiteral("privacy.phone"),
         rx(R"((?<![\d.,/\-])(?:(?:\+|00)\s?57[\s.\-]?)?(?:\(\s?)?(?:3\d{2}|60\d)(?:\s?\))?[\s.\-]?\d{3}[\s.\-]?\d{4}(?![\d,]|\.\d))"
            R"(|(?<![\d\p{L}])\+\d{1,3}[\s.\-]?(?:\(\d{1,4}\)[\s.\-]?)?\d{2,4}(?:[\s.\-]\d{2,4}){2,3}(?![\d]))"
            R"(|\b(?:tel(?:éfono|efono|ephone)?|cel(?:ular)?|móvil|movil|whatsapp|phone|mobile)\b\.?\s*(?:no\.?|n[°º]\.?|#)?\s*:?\s*\(?\d[\d\s.\-()]{5,14}\d)"),
         QStringLiteral("a telephone number"), QStringLiteral("un número de teléfono")},
        {QStringLiteral("privacy.id-number"),
         rx(R"((?<![\p{L}])(?:c\.\s?c\.?|cc|c[ée]dula(?:\s+de\s+ciudadan[íi]a)?|t\.\s?i\.?|tarjeta\s+de\s+identidad|nuip|r\.\s?c\.?|registro\s+civil(?:\s+de\s+nacimiento)?|id(?:entity)?\s+(?:card|number|document)|national\s+id|documento(?:\s+de\s+identidad)?)\s*(?:no\.?|n[°º]\.?|n[úu]mero|number|#)?\s*:?\s*\d[\d.\s]{4,13}\d)"),
         QStringLiteral("an identity document number"),
         QStringLiteral("un número de documento de identidad")},
        {QStringLiteral("privacy.birth-date"),
         rx("(?:\\bborn(?:\\s+on)?|date\\s+of\\s+birth|birth\\s*date|\\bd\\.?o\\.?b\\.?|naci[óo]\\s+el|nacid["
            "oa]\\s+el|"
            "fecha\\s+de\\s+nacimiento|f\\.\\s?de\\s+nac\\.?)\\s*:?\\s*(?:el\\s+|on\\s+)?" CPC_DATE),
         QStringLiteral("a date of birth"), QStringLiteral("una fecha de nacimiento")},
        {QStringLiteral("privacy.address"),
         rx(R"(\b(?:calle|cll?\.?|carrera|cra\.?|kra?\.?|avenida(?:\s+calle|\s+carrera)?|av\.?|ak\.?|ac\.?|diagonal|dg\.?|transversal|tv\.?)\s+\d{1,3}\s?[a-z]?(?:\s?bis)?(?:\s?[a-z])?\s*(?:#|no\.?|n[°º]\.?|n[úu]mero)\s*\d{1,3}\s?[a-z]?\s*[-–]\s*\d{1,3})"
            R"(|\b\d{1,5}\s+(?:[A-Z][\p{L}]+\s+){1,3}(?:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd\.|lane|drive)(?![\p{L}]))"),
         QStringLiteral("a street address"), QStringLiteral("una dirección")},
        {QStringLiteral("privacy.name-age"),
         QRegularExpression(
             QStringLiteral(
                 R"((?<![\p{L}])(\p{Lu}[\p{Ll}]+)(?:\s+\p{Lu}[\p{Ll}]+)?)"
                 R"((?:\s*,\s*(?:(?:a|an|una?|la|el|niña|niño|adolescente|girl|boy|joven|de|of|aged|edad)\s+){0,3})"
                 R"(|\s*\(\s*))"
                 R"(\d{1,2}(?:\s*(?:años|año|years?\s+old|-?\s?years?-?\s?old|-year-old)(?![\p{L}])|\s*\)))"),
             QRegularExpression::UseUnicodePropertiesOption),
         QStringLiteral("a name next to an age"), QStringLiteral("un nombre junto a una edad")},
    };
#undef CPC_DATE
#undef CPC_MONTH
    return list;
}

void PrivacyRules::checkText(const Report& r, const FieldPath& path, Language l, const QString& text,
                             Findings& out)
{
    if (text.isEmpty()) return;
    for (const Pattern& p : patterns()) {
        for (auto it = p.regex.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (p.rule == QLatin1String("privacy.name-age") && isCommonWord(m.captured(1))) continue;
            const QString found = m.captured().trimmed();
            Finding f =
                Finding::at(r, p.rule, Severity::Warning, path.child(languageCode(l)),
                            QStringLiteral("This text may identify a child: it contains %1 (“%2”). "
                                           "Remove it, or dismiss this warning if it is not about a victim.")
                                .arg(p.en, found),
                            QStringLiteral("Este texto podría identificar a un niño, niña o adolescente: "
                                           "contiene %1 («%2»). Elimínelo, o descarte esta advertencia si "
                                           "no se refiere a una víctima.")
                                .arg(p.es, found));
            f.start = int(m.capturedStart());
            f.length = int(m.capturedLength());
            f.excerpt = m.captured();
            out << f;
        }
    }
}

void PrivacyRules::run(const Report& report, const CheckContext& context, Findings& out)
{
    Findings found;
    ReportTexts::forEach(report, [&](const FieldPath& path, const BiText& t) {
        for (Language l : {Language::En, Language::Es})
            checkText(report, path, l, t.text(l), found);
    });
    for (const Finding& f : found)
        if (!context.dismissed.contains(Dismissals::key(f))) out << f;
}

} // namespace cpc
