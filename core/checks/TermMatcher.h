#pragma once

#include "model/Language.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace cpc {

struct GlossaryEntry;

// Finds glossary terms in a text. Using a term is judged strictly (the term's words, in order, allowing a
// plural ending; or its acronym in parentheses, "(NNA)"); the presence of the agreed counterpart is judged
// loosely (its significant words in any order and inflection, or its acronym), because Spanish reorders
// "niñas, niños y adolescentes" freely and a false alarm here would teach users to ignore the rule.
class TermMatcher {
public:
    TermMatcher(const GlossaryEntry& entry, Language side);

    // A text cut into folded words once, then matched against every term.
    struct Word {
        int start;
        int length;
        QString folded;
    };
    struct Text {
        explicit Text(const QString& text);
        const QString& text;
        QList<Word> words;
        // Folded words that acronyms in the text stand for ("NNA" → niña, niño, adolescente), so that
        // "trata de NNA" carries "trata de niñas, niños y adolescentes". Used only by isPresentLoosely.
        QStringList implied;
    };

    // The first use of the term in `text` as {start, length}, or {-1, 0}.
    std::pair<int, int> findUse(const Text& text) const;
    // Whether `text` carries this side's term in some form.
    bool isPresentLoosely(const Text& text) const;
    // Adds to `text.implied` what this term's acronym stands for when the text uses the acronym.
    void addImpliedWords(Text& text) const;
    const QString& term() const { return m_term; }
    bool isEmpty() const { return m_words.isEmpty() && m_acronym.isEmpty(); }

    // Lower case without accents: "Niñas" → "ninas".
    static QString fold(const QString& word);

private:
    QString m_term;
    QStringList m_words;    // folded words of the term without the parenthesised acronym
    QStringList m_keyWords; // the words of three letters or more
    QString m_acronym;      // "NNA" from "Niña, niño o adolescente (NNA)"; as written
    QRegularExpression m_acronymWord;
};

} // namespace cpc
