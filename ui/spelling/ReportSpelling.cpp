#include "spelling/ReportSpelling.h"

#include "checks/CheckEngine.h"
#include "checks/SpellingRules.h"
#include "common/MessageBox.h"
#include "model/FieldSchema.h"
#include "settings/Preferences.h"
#include "settings/PreferencesNotifier.h"
#include "storage/ReportDocument.h"
#include "window/WindowShell.h"

#include <QThread>

namespace cpc {

ReportSpelling::ReportSpelling(WindowShell& window)
    : QObject(&window), m_checker(std::make_unique<SpellChecker>())
{
    setObjectName(QStringLiteral("reportSpelling"));
    reloadPreferences();
    // Hunspell takes seconds to read its dictionaries; the window must not wait for it.
    m_loader = QThread::create([] {
        SpellChecker::isAvailable(Language::En);
        SpellChecker::isAvailable(Language::Es);
    });
    connect(m_loader, &QThread::finished, this, [this] {
        m_available[0] = SpellChecker::isAvailable(Language::En);
        m_available[1] = SpellChecker::isAvailable(Language::Es);
        m_ready = true;
        emit changed();
    });
    m_loader->start(QThread::LowPriority);
    connect(&PreferencesNotifier::instance(), &PreferencesNotifier::changed, this,
            &ReportSpelling::reloadPreferences);
    connect(&window, &WindowShell::documentChanged, this, &ReportSpelling::setDocument);
    setDocument(window.document());
}

ReportSpelling::~ReportSpelling()
{
    m_loader->wait();
    delete m_loader;
}

ReportSpelling* ReportSpelling::of(const QObject* object)
{
    for (const QObject* o = object; o; o = o->parent())
        if (auto* found = o->findChild<ReportSpelling*>(QString(), Qt::FindDirectChildrenOnly)) return found;
    return nullptr;
}

void ReportSpelling::reloadPreferences()
{
    const QStringList chosen = Preferences::spellingLanguages().value();
    const bool en = chosen.contains(QStringLiteral("en"));
    const bool es = chosen.contains(QStringLiteral("es"));
    if (en == m_languages[0] && es == m_languages[1]) return;
    m_languages[0] = en;
    m_languages[1] = es;
    emit changed();
}

bool ReportSpelling::isEnabled(Language language) const
{
    const int i = language == Language::En ? 0 : 1;
    return m_ready && m_doc && m_languages[i] && m_available[i];
}

QList<SpellChecker::Word> ReportSpelling::misspelled(const QString& text, Language language) const
{
    if (!isEnabled(language)) return {};
    return m_checker->misspelled(text, language);
}

QStringList ReportSpelling::suggest(const QString& word, Language language) const
{
    if (!isEnabled(language)) return {};
    return m_checker->suggest(word, language, 6);
}

bool ReportSpelling::canAddWords() const
{
    return m_doc && !m_doc->isReadOnly();
}

bool ReportSpelling::addToDictionary(const QString& word, QWidget* parent)
{
    if (!m_doc || word.trimmed().isEmpty()) return false;
    QString words = m_doc->setting(CheckEngine::dictionaryKey());
    if (!words.isEmpty() && !words.endsWith(u'\n')) words += u'\n';
    words += word.trimmed();
    if (Status s = m_doc->setSetting(CheckEngine::dictionaryKey(), words); !s) {
        MessageBox::warning(
            parent, tr("Add to dictionary"),
            tr("“%1” could not be added to the report's dictionary.\n\n%2").arg(word, s.error().toString()));
        return false;
    }
    rebuild();
    return true;
}

void ReportSpelling::setDocument(ReportDocument* doc)
{
    if (m_doc) disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc)
        connect(doc, &ReportDocument::changed, this, [this](const QList<FieldPath>& paths) {
            // Only the glossary and the entities teach the checker words; texts do not.
            for (const FieldPath& p : paths)
                if (const auto owner = FieldSchema::owner(p);
                    owner == FieldOwner::Glossary || owner == FieldOwner::Entity) {
                    rebuild();
                    return;
                }
        });
    m_words.clear();
    rebuild();
}

void ReportSpelling::rebuild()
{
    QStringList words;
    if (m_doc) words = SpellingRules::reportWords(m_doc->report(), CheckEngine::contextFor(*m_doc));
    if (words == m_words && !m_words.isEmpty()) return;
    m_words = words;
    // A new checker: its answers cache is only valid for one set of known words.
    m_checker = std::make_unique<SpellChecker>();
    m_checker->addKnownWords(m_words);
    emit changed();
}

} // namespace cpc
