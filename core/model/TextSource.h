#pragma once

#include "model/BiText.h"

#include <optional>

namespace cpc {

// Which side of a bilingual text is its source and which its translation, and the other helpers of the
// translation-state rules (docs/translation-state.md; BiText::write and state() are the rest of them).
//
// Once both sides are written, the translation's basis is the revision of the source it was last written or
// confirmed against; the source's basis holds kSourceMark, because a source never goes stale.
class TextSource {
public:
    static constexpr qint64 kSourceMark = -1;

    // The source side, when both sides are written and the bookkeeping says which; nullopt when only one
    // side is written or both arrived together (a template, a document, an older file).
    static std::optional<Language> of(const BiText& text);
    // Decides the source of a text whose sides arrived together: the stale side is the translation,
    // otherwise `reportSource` is the source. A text that knows its source is left alone.
    static void settle(BiText& text, Language reportSource);
};

} // namespace cpc
