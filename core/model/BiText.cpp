#include "model/BiText.h"

namespace cpc {

TranslationState BiText::state(Language l) const
{
    const Language o = otherLanguage(l);
    if (text(l).isEmpty()) return TranslationState::Missing;
    if (!text(o).isEmpty() && rev(o) > basis(l)) return TranslationState::Stale;
    return TranslationState::Current;
}

void BiText::write(Language l, const QString& newText, qint64 rev)
{
    const Language o = otherLanguage(l);
    // The other side keeps up with this write when this write is a translation of it: a first version or
    // the catch-up of a stale side. Any other change is news the other side has not caught up with yet.
    const bool otherKeepsUp = text(l).isEmpty() || state(l) == TranslationState::Stale;

    (l == Language::En ? m_en : m_es) = newText;
    (l == Language::En ? m_enRev : m_esRev) = rev;
    (l == Language::En ? m_enBasis : m_esBasis) = this->rev(o);
    if (otherKeepsUp) (o == Language::En ? m_enBasis : m_esBasis) = rev;
}

void BiText::confirm(Language l, qint64 /*rev*/)
{
    (l == Language::En ? m_enBasis : m_esBasis) = rev(otherLanguage(l));
}

void BiText::markStale(Language l)
{
    const Language o = otherLanguage(l);
    // Make the other side newer than this side's basis without inventing history.
    if (rev(o) == 0) (o == Language::En ? m_enRev : m_esRev) = 1;
    (l == Language::En ? m_enBasis : m_esBasis) = rev(o) - 1;
}

void BiText::setBookkeeping(qint64 enRev, qint64 esRev, qint64 enBasis, qint64 esBasis)
{
    m_enRev = enRev;
    m_esRev = esRev;
    m_enBasis = enBasis;
    m_esBasis = esBasis;
}

} // namespace cpc
