#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"

namespace cpc {

class SpellChecker;

// spelling.unknown-words (warning): the words of one text side that neither the dictionary of that
// language nor the report (glossary, entity names and acronyms, its own dictionary) knows.
// spelling.unavailable (info): a dictionary is not installed, so that language was not checked.
class SpellingRules {
public:
    static void run(const Report& report, const CheckContext& context, Findings& out);
    // The words the report itself makes known.
    static QStringList reportWords(const Report& report, const CheckContext& context);
    static void checkText(const Report& report, const SpellChecker& speller, const FieldPath& path,
                          Language l, const QString& text, Findings& out);
};

} // namespace cpc
