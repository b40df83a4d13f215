#pragma once

#include "model/Language.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cpc {

// Hunspell with the Debian dictionaries (en_US, es_ES), plus the program's word list of Colombian place
// names, institutions and terms of the field (resources/spelling), plus words the report makes known:
// glossary terms, entity names and acronyms, the report's own dictionary. The readiness check and the
// window's underlining use the same engine, so they never disagree.
//
// Dictionaries are loaded once per process, when first needed, and shared by every SpellChecker (Hunspell
// is slow to load and not thread-safe: calls into it are serialised). Each SpellChecker caches its answers
// per word, which is what keeps a 200-page report fast: its vocabulary is small next to its length.
class SpellChecker {
public:
    struct Word {
        int start = 0;
        int length = 0;
        QString text;
    };

    SpellChecker() = default;

    // Words (or phrases, split into words) to accept in both languages.
    void addKnownWords(const QStringList& wordsOrPhrases);
    bool check(const QString& word, Language language) const;
    QStringList suggest(const QString& word, Language language, int max = 8) const;
    // The words of `text` that fail check(), with their place.
    QList<Word> misspelled(const QString& text, Language language) const;

    // The words worth checking in `text`: numbers, URLs, e-mail addresses, Markdown syntax, acronyms
    // (all capitals) and single letters are left out; ¿ and ¡ are never part of a word.
    static QList<Word> words(const QString& text);
    static bool isAvailable(Language language);
    // Where the dictionaries are read from (CPC_HUNSPELL_DIR overrides /usr/share/hunspell).
    static QString dictionaryDir();

private:
    QSet<QString> m_known; // lower case
    mutable QHash<QString, bool> m_cache[2];
};

} // namespace cpc
