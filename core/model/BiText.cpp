#include "model/BiText.h"

#include "model/TextSource.h"

namespace cpc {

// The translation-state rules, written down in docs/translation-state.md. A side's basis is the revision of
// the source it translates, or TextSource::kSourceMark on the source itself (which is never stale).

TranslationState BiText::state(Language l) const
{
    const Language o = otherLanguage(l);
    if (text(l).isEmpty()) return TranslationState::Missing;
    if (text(o).isEmpty() || basis(l) == TextSource::kSourceMark) return TranslationState::Current;
    return rev(o) > basis(l) ? TranslationState::Stale : TranslationState::Current;
}

void BiText::write(Language l, const QString& newText, qint64 rev)
{
    const Language o = otherLanguage(l);
    const bool wasEmpty = text(l).isEmpty();
    const std::optional<Language> src = TextSource::of(*this);
    const bool wasStale = isStale(l);
    qint64& mine = l == Language::En ? m_enBasis : m_esBasis;
    qint64& theirs = o == Language::En ? m_enBasis : m_esBasis;
    (l == Language::En ? m_en : m_es) = newText;
    (l == Language::En ? m_enRev : m_esRev) = rev;
    if (text(o).isEmpty()) {
        // Alone: what is written first is what the other language will be translated from.
        mine = newText.isEmpty() ? 0 : TextSource::kSourceMark;
        return;
    }
    if (newText.isEmpty()) {
        // Cleared: the other side is now the only text, and the source of what is written here next.
        mine = 0;
        theirs = TextSource::kSourceMark;
        return;
    }
    // The translation: a first version, a catch-up, or more of it in a later sitting. It is in step with the
    // source as it is now, and the source stays as it was: continuing a translation never makes it stale.
    if (wasEmpty || (src ? *src == o : wasStale)) {
        mine = this->rev(o);
        theirs = TextSource::kSourceMark;
        return;
    }
    // The source (or, when nothing says which side is which, a side that was not behind): news that the
    // translation has not caught up with. The translation's basis stays, so it is stale from now on.
    mine = TextSource::kSourceMark;
    if (theirs == TextSource::kSourceMark || theirs >= rev) theirs = rev - 1;
}

void BiText::confirm(Language l, qint64 /*rev*/)
{
    const Language o = otherLanguage(l);
    if (text(l).isEmpty() || text(o).isEmpty()) return;
    // Confirming declares this side the translation, in step with the other as it is now.
    (l == Language::En ? m_enBasis : m_esBasis) = rev(o);
    (o == Language::En ? m_enBasis : m_esBasis) = TextSource::kSourceMark;
}

void BiText::markStale(Language l)
{
    const Language o = otherLanguage(l);
    // Make the other side newer than this side's basis without inventing history; this side is its
    // translation.
    if (rev(o) <= 0) (o == Language::En ? m_enRev : m_esRev) = 1;
    (l == Language::En ? m_enBasis : m_esBasis) = rev(o) - 1;
    (o == Language::En ? m_enBasis : m_esBasis) = TextSource::kSourceMark;
}

void BiText::setBookkeeping(qint64 enRev, qint64 esRev, qint64 enBasis, qint64 esBasis)
{
    m_enRev = enRev;
    m_esRev = esRev;
    m_enBasis = enBasis;
    m_esBasis = esBasis;
}

} // namespace cpc
