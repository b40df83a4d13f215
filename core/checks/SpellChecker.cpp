#include "checks/SpellChecker.h"

#include "util/ResourcePaths.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <hunspell/hunspell.h>

namespace cpc {

namespace {

// The process's two dictionaries. They live until the process ends: Hunspell holds nothing but memory.
struct Dictionaries {
    QMutex mutex;
    Hunhandle* handle[2] = {nullptr, nullptr};
    bool tried[2] = {false, false};

    Hunhandle* get(Language l) // call with mutex held
    {
        const int i = l == Language::En ? 0 : 1;
        if (!tried[i]) {
            tried[i] = true;
            const QString base = SpellChecker::dictionaryDir() +
                                 (l == Language::En ? QStringLiteral("/en_US") : QStringLiteral("/es_ES"));
            if (QFileInfo::exists(base + QStringLiteral(".aff")) &&
                QFileInfo::exists(base + QStringLiteral(".dic")))
                handle[i] = Hunspell_create(QFile::encodeName(base + QStringLiteral(".aff")).constData(),
                                            QFile::encodeName(base + QStringLiteral(".dic")).constData());
        }
        return handle[i];
    }
};

Dictionaries& dictionaries()
{
    static Dictionaries d;
    return d;
}

QString normalise(QString w)
{
    // Hunspell's English dictionary knows the typewriter apostrophe only.
    w.replace(QChar(0x2019), u'\'');
    return w;
}

// The words of phrases, as the known-word sets hold them (lower case, normalised).
QStringList splitKnown(const QString& phrase)
{
    static const QRegularExpression sep(QStringLiteral(R"([^\p{L}\p{N}'’\-]+)"));
    QStringList out;
    for (const QString& w : phrase.split(sep, Qt::SkipEmptyParts))
        out << normalise(w).toLower();
    return out;
}

// The program's own word list (resources/spelling): place names, institutions and terms of the field
// that the general dictionaries lack. Read once per process.
const QSet<QString>& domainWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        QFile f(ResourcePaths::file(QStringLiteral("spelling/colombia-cpc.txt")));
        if (!f.open(QIODevice::ReadOnly)) return set;
        for (const QString& line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            const QString l = line.trimmed();
            if (l.isEmpty() || l.startsWith(u'#')) continue;
            for (const QString& w : splitKnown(l))
                set.insert(w);
        }
        return set;
    }();
    return words;
}

bool isAcronym(const QString& w)
{
    int upper = 0;
    for (QChar c : w)
        if (c.isUpper()) ++upper;
    // "ICBF", "NNA", "MinInterior" style names with inner capitals are names, not words to check.
    return upper >= 2;
}

} // namespace

QString SpellChecker::dictionaryDir()
{
    const QString env = qEnvironmentVariable("CPC_HUNSPELL_DIR");
    return env.isEmpty() ? QStringLiteral("/usr/share/hunspell") : env;
}

bool SpellChecker::isAvailable(Language l)
{
    Dictionaries& d = dictionaries();
    QMutexLocker lock(&d.mutex);
    return d.get(l) != nullptr;
}

QList<SpellChecker::Word> SpellChecker::words(const QString& input)
{
    // Blank out what is not prose, keeping offsets: URLs, e-mail addresses, Markdown link targets and code.
    static const QRegularExpression notProse(
        QStringLiteral(R"((?:https?://|www\.)\S+|[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)+|\]\([^)]*\)|`[^`]*`)"));
    QString text = input;
    for (auto it = notProse.globalMatch(input); it.hasNext();) {
        const auto m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            text[i] = u' ';
    }

    QList<Word> out;
    auto keep = [&](qsizetype start, qsizetype end) {
        const QString w = text.mid(start, end - start);
        bool letters = false, digits = false;
        for (QChar c : w) {
            letters |= c.isLetter();
            digits |= c.isDigit();
        }
        if (letters && !digits && w.size() > 1 && !isAcronym(w)) out << Word{int(start), int(w.size()), w};
    };
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = -1;
    for (qsizetype pos = 0; pos != -1 && pos <= text.size(); pos = finder.toNextBoundary()) {
        const auto reasons = finder.boundaryReasons();
        if (start >= 0 && (reasons & QTextBoundaryFinder::EndOfItem)) {
            keep(start, pos);
            start = -1;
        }
        if (reasons & QTextBoundaryFinder::StartOfItem) start = pos;
    }
    for (Word& w : out) {
        // ¿ and ¡ are punctuation to the boundary finder already; a stray one glued to a word is not.
        while (!w.text.isEmpty() && (w.text.front() == u'¿' || w.text.front() == u'¡')) {
            w.text.remove(0, 1);
            ++w.start;
            --w.length;
        }
    }
    return out;
}

void SpellChecker::addKnownWords(const QStringList& wordsOrPhrases)
{
    for (const QString& p : wordsOrPhrases)
        for (const QString& w : splitKnown(p))
            m_known.insert(w);
    m_cache[0].clear();
    m_cache[1].clear();
}

bool SpellChecker::check(const QString& word, Language l) const
{
    const QString w = normalise(word);
    if (w.isEmpty()) return true;
    QHash<QString, bool>& cache = m_cache[l == Language::En ? 0 : 1];
    if (const auto it = cache.constFind(w); it != cache.cend()) return it.value();

    const QString lower = w.toLower();
    bool ok = m_known.contains(lower) || domainWords().contains(lower);
    if (!ok) {
        Dictionaries& d = dictionaries();
        QMutexLocker lock(&d.mutex);
        Hunhandle* h = d.get(l);
        // Without a dictionary nothing can be judged, and nothing is reported as wrong.
        ok = !h || Hunspell_spell(h, w.toUtf8().constData()) != 0;
    }
    cache.insert(w, ok);
    return ok;
}

QStringList SpellChecker::suggest(const QString& word, Language l, int max) const
{
    QStringList out;
    Dictionaries& d = dictionaries();
    QMutexLocker lock(&d.mutex);
    Hunhandle* h = d.get(l);
    if (!h) return out;
    char** list = nullptr;
    const int n = Hunspell_suggest(h, &list, normalise(word).toUtf8().constData());
    for (int i = 0; i < n && out.size() < max; ++i)
        out << QString::fromUtf8(list[i]);
    if (list) Hunspell_free_list(h, &list, n);
    return out;
}

QList<SpellChecker::Word> SpellChecker::misspelled(const QString& text, Language l) const
{
    QList<Word> out;
    for (const Word& w : words(text))
        if (!check(w.text, l)) out << w;
    return out;
}

} // namespace cpc
