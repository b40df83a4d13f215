#include "pdf/Hyphenator.h"

#include <QFile>
#include <QHash>
#include <hyphen.h>
#include <initializer_list>
#include <memory>

namespace cpc {

namespace {

constexpr int kMinWord = 5;             // shorter words are never cut
constexpr int kMaxWord = 60;            // longer ones are no words of a language (splitLongWord cuts them)
constexpr qsizetype kMaxCached = 50000; // per thread and language: a large report's vocabulary

struct DictFree {
    void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
};
using Dict = std::unique_ptr<HyphenDict, DictFree>;

HyphenDict* load(std::initializer_list<const char*> names)
{
    for (const char* name : names)
        if (HyphenDict* d = hnj_hyphen_load(
                QFile::encodeName(Hyphenator::dictionaryDir() + QLatin1Char('/') + QLatin1String(name))
                    .constData()))
            return d;
    return nullptr;
}

// The process's two dictionaries, read once (thread-safe static initialisation) and only read afterwards.
HyphenDict* dictionary(Language l)
{
    // Debian's Spanish patterns are one file for every country; Colombia's name links to it.
    static const Dict dicts[2] = {Dict(load({"hyph_en_US.dic"})),
                                  Dict(load({"hyph_es_CO.dic", "hyph_es_ES.dic", "hyph_es.dic"}))};
    return dicts[l == Language::En ? 0 : 1].get();
}

std::vector<int> compute(const QString& word, Language l)
{
    std::vector<int> out;
    HyphenDict* dict = dictionary(l);
    if (!dict) return out;
    // The letters only, in lower case (the patterns' case), and where each stands in `word`.
    int letters = 0, upper = 0;
    for (QChar c : word) {
        if (c.isDigit() || c.isSurrogate()) return out;
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper()) ++upper;
        }
    }
    // "ICBF", "MinInterior": names, not words of the dictionary.
    if (letters < kMinWord || letters > kMaxWord || upper >= 2) return out;
    qsizetype first = 0, last = word.size();
    while (first < last && !word.at(first).isLetter())
        ++first;
    while (last > first && !word.at(last - 1).isLetter())
        --last;
    for (qsizetype i = first; i < last; ++i)
        if (!word.at(i).isLetter() && !word.at(i).isMark())
            return out; // "socio-económico": cut at its own hyphen
    const QByteArray utf8 = word.mid(first, last - first).toLower().toUtf8();
    std::vector<char> hyphens(size_t(utf8.size()) + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    // At least two letters stay before a hyphen and three go after it (dictionary minimums permitting).
    const int failed = hnj_hyphen_hyphenate3(dict, utf8.constData(), int(utf8.size()), hyphens.data(),
                                             nullptr, &rep, &pos, &cut, 2, 3, 2, 3);
    // The hyphens are indexed by character; a UTF-16 unit per character here (no surrogates, see above).
    const qsizetype chars = last - first;
    if (!failed)
        for (qsizetype i = 0; i + 1 < chars; ++i)
            if ((hyphens[size_t(i)] & 1) && !(rep && rep[i])) out.push_back(int(first + i + 1));
    if (rep) {
        for (qsizetype i = 0; i < utf8.size(); ++i)
            free(rep[i]);
        free(rep);
    }
    free(pos);
    free(cut);
    return out;
}

} // namespace

QString Hyphenator::dictionaryDir()
{
    const QString env = qEnvironmentVariable("CPC_HYPHEN_DIR");
    return env.isEmpty() ? QStringLiteral("/usr/share/hyphen") : env;
}

bool Hyphenator::isAvailable(Language l)
{
    return dictionary(l) != nullptr;
}

const std::vector<int>& Hyphenator::points(const QString& word, Language l)
{
    static const std::vector<int> none;
    if (word.size() < kMinWord) return none;
    thread_local QHash<QString, std::vector<int>> cache[2];
    QHash<QString, std::vector<int>>& known = cache[l == Language::En ? 0 : 1];
    const auto it = known.constFind(word);
    if (it != known.constEnd()) return it.value();
    if (known.size() >= kMaxCached) known.clear();
    return known.insert(word, compute(word, l)).value();
}

} // namespace cpc
