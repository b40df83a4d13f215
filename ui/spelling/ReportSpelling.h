#pragma once

#include "checks/SpellChecker.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QThread;

namespace cpc {

class WindowShell;
class ReportDocument;

// The spelling engine of one window: core's SpellChecker (the one `cpcreport check` uses), taught the
// words the open report makes known (glossary, entities, acronyms, the report's own dictionary), and
// the spelling languages chosen in Preferences. The dictionaries load on a background thread when the
// window opens; until then nothing is underlined.
class ReportSpelling : public QObject {
    Q_OBJECT
public:
    explicit ReportSpelling(WindowShell& window);
    ~ReportSpelling() override;

    // The spelling of the window `object` is in (walking up its parents); null when there is none.
    static ReportSpelling* of(const QObject* object);

    bool isReady() const { return m_ready; }
    // Underline `language`? Only once the dictionaries are loaded, with a report open, when the
    // language is chosen in Preferences and its dictionary is installed.
    bool isEnabled(Language language) const;
    QList<SpellChecker::Word> misspelled(const QString& text, Language language) const;
    QStringList suggest(const QString& word, Language language) const;
    bool canAddWords() const;
    // Adds `word` to the report's dictionary (kept in the file); false, and the user told why, if the
    // file could not take it.
    bool addToDictionary(const QString& word, QWidget* parent);
    // Reads the spelling languages from Preferences again.
    void reloadPreferences();

signals:
    // What counts as misspelled changed: highlighters underline again.
    void changed();

private:
    void setDocument(ReportDocument* doc);
    void rebuild();

    QPointer<ReportDocument> m_doc;
    std::unique_ptr<SpellChecker> m_checker;
    QStringList m_words;
    bool m_languages[2] = {true, true};
    bool m_ready = false;
    bool m_available[2] = {false, false}; // dictionaries installed, known once loaded
    QThread* m_loader = nullptr;
};

} // namespace cpc
