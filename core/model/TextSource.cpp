#include "model/TextSource.h"

namespace cpc {

std::optional<Language> TextSource::of(const BiText& t)
{
    if (t.en().isEmpty() || t.es().isEmpty()) return std::nullopt;
    // Exactly one side holds the mark; both or neither means the sides arrived together.
    const bool en = t.basis(Language::En) == kSourceMark, es = t.basis(Language::Es) == kSourceMark;
    if (en == es) return std::nullopt;
    return en ? Language::En : Language::Es;
}

void TextSource::settle(BiText& t, Language reportSource)
{
    if (t.en().isEmpty() || t.es().isEmpty() || of(t)) return;
    Language src = reportSource;
    if (t.isStale(Language::En) != t.isStale(Language::Es))
        src = t.isStale(Language::En) ? Language::Es : Language::En;
    const Language tr = otherLanguage(src);
    qint64 trBasis = t.basis(tr);
    // The translation keeps what it was aligned with: a stale one stays stale, a current one current.
    if (trBasis == kSourceMark || t.rev(src) <= trBasis) trBasis = t.rev(src);
    const qint64 enBasis = src == Language::En ? kSourceMark : trBasis;
    const qint64 esBasis = src == Language::Es ? kSourceMark : trBasis;
    t.setBookkeeping(t.rev(Language::En), t.rev(Language::Es), enBasis, esBasis);
}

} // namespace cpc
