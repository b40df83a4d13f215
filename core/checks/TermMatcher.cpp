#include "checks/TermMatcher.h"

#include "model/GlossaryEntry.h"

#include <QRegularExpression>

namespace cpc {

namespace {

const QRegularExpression& wordPattern()
{
    static const QRegularExpression w(QStringLiteral(R"([\p{L}\p{N}]+)"));
    return w;
}

QList<TermMatcher::Word> words(const QString& text)
{
    QList<TermMatcher::Word> out;
    for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out << TermMatcher::Word{int(m.capturedStart()), int(m.capturedLength()),
                                 TermMatcher::fold(m.captured())};
    }
    return out;
}

bool inflectionOf(const QString& textWord, const QString& termWord)
{
    if (textWord == termWord) return true;
    return textWord.startsWith(termWord) && textWord.size() - termWord.size() <= 2 &&
           (textWord.endsWith(u's') || textWord.endsWith(QLatin1String("es")));
}

} // namespace

TermMatcher::Text::Text(const QString& t) : text(t), words(cpc::words(t)) {}

QString TermMatcher::fold(const QString& word)
{
    const QString d = word.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(d.size());
    for (QChar c : d)
        if (c.category() != QChar::Mark_NonSpacing) out += c;
    return out;
}

TermMatcher::TermMatcher(const GlossaryEntry& entry, Language side) : m_term(entry.term.text(side).trimmed())
{
    static const QRegularExpression paren(QStringLiteral(R"(\(\s*([\p{L}\p{N}.\-]+)\s*\))"));
    QString base = m_term;
    if (const auto m = paren.match(base); m.hasMatch()) {
        m_acronym = m.captured(1);
        base.remove(m.capturedStart(), m.capturedLength());
        // Counts only as a whole word in its own capitals ("NNA", not "nna" in "Anna").
        m_acronymWord = QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                               .arg(QRegularExpression::escape(m_acronym)));
    }
    for (const Word& w : words(base)) {
        m_words << w.folded;
        if (w.folded.size() >= 3) m_keyWords << w.folded;
    }
}

std::pair<int, int> TermMatcher::findUse(const Text& text) const
{
    if (!m_words.isEmpty()) {
        const QList<Word>& ws = text.words;
        for (qsizetype i = 0; i + m_words.size() <= ws.size(); ++i) {
            bool all = true;
            for (qsizetype k = 0; k < m_words.size() && all; ++k)
                all = inflectionOf(ws[i + k].folded, m_words[k]);
            if (all) {
                const Word& last = ws[i + m_words.size() - 1];
                return {ws[i].start, last.start + last.length - ws[i].start};
            }
        }
    }
    if (!m_acronym.isEmpty() && text.text.contains(m_acronym)) {
        if (const auto m = m_acronymWord.match(text.text); m.hasMatch())
            return {int(m.capturedStart()), int(m.capturedLength())};
    }
    return {-1, 0};
}

void TermMatcher::addImpliedWords(Text& text) const
{
    if (m_acronym.isEmpty() || !text.text.contains(m_acronym) || !m_acronymWord.match(text.text).hasMatch())
        return;
    text.implied << m_keyWords;
}

bool TermMatcher::isPresentLoosely(const Text& text) const
{
    if (!m_acronym.isEmpty() && text.text.contains(m_acronym)) return true;
    if (m_keyWords.isEmpty()) return findUse(text).first >= 0;
    const QList<Word>& ws = text.words;
    for (const QString& key : m_keyWords) {
        bool found = false;
        // A prefix with a short ending covers plurals and gender ("child" in "children", "niña" in "niñas").
        for (const Word& w : ws)
            if (w.folded.startsWith(key) && w.folded.size() - key.size() <= 3) {
                found = true;
                break;
            }
        // An acronym's expansion is in the singular ("niño" for "niños"): either may be the longer.
        for (const QString& w : text.implied) {
            if (found) break;
            found = (key.startsWith(w) && key.size() - w.size() <= 3) ||
                    (w.startsWith(key) && w.size() - key.size() <= 3);
        }
        if (!found) return false;
    }
    return true;
}

} // namespace cpc
