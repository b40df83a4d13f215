#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"

#include <QRegularExpression>

namespace cpc {

class BiText;
class FieldPath;

// Narratives must not identify child victims. Each match is a warning that shows the text and can be
// dismissed for that place (see Dismissals).
//   privacy.email        an e-mail address
//   privacy.phone        a telephone number (Colombian mobile or landline, or international)
//   privacy.id-number    an identity document number (cédula, tarjeta de identidad, NUIP, registro civil)
//   privacy.birth-date   an exact date of birth
//   privacy.address      a street address ("Calle 10 # 5-23", "Cra. 7 No. 32-16", "1600 Main Street")
//   privacy.name-age     a name next to an age ("María, 14 años", "Juan (15)", "Ana, a 14-year-old")
// The patterns ask for context (a keyword, a document type, an address form) so that ordinary figures,
// years, "Ley 985 de 2005" and page references never match.
class PrivacyRules {
public:
    static void run(const Report& report, const CheckContext& context, Findings& out);
    static void checkText(const Report& report, const FieldPath& path, Language language, const QString& text,
                          Findings& out);

    struct Pattern {
        QString rule;
        QRegularExpression regex;
        QString en, es; // what was found, for the message
    };
    static const QList<Pattern>& patterns();
};

} // namespace cpc
