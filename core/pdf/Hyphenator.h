#pragma once

#include "model/Language.h"

#include <QString>
#include <vector>

namespace cpc {

// Where a word may be hyphenated, by Debian's hyphenation patterns for the language (libhyphen with
// hyphen-en-us and hyphen-es: the same patterns LibreOffice uses). Without the dictionary installed a
// word simply has no hyphenation points: the text is set as before, never broken without a hyphen.
class Hyphenator {
public:
    // The positions (UTF-16 indexes into `word`, between 1 and size-1) after which a hyphen may end a
    // line. Only the letters of `word` are looked at: a word with digits, an acronym in capitals or a
    // word shorter than five letters has none. Answers are remembered per thread (a report repeats words):
    // the reference stays valid until the thread's next call.
    static const std::vector<int>& points(const QString& word, Language language);
    // Whether the dictionary of `language` is installed.
    static bool isAvailable(Language language);
    // The folder the dictionaries are read from: CPC_HYPHEN_DIR, else /usr/share/hyphen.
    static QString dictionaryDir();
};

} // namespace cpc
