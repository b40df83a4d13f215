#pragma once

#include "model/BiText.h"
#include "storage/Statement.h"

namespace cpc {

// How a BiText is laid out in a table: NAME_en, NAME_es, their revisions and bases, and for narratives
// last year's text (NAME_prev_en, NAME_prev_es).
class TextColumns {
public:
    static constexpr int kCount = 6;
    static constexpr int kCountWithPrevious = 8;

    static QString names(const QString& name, bool withPrevious = false);
    // Binds the columns starting at parameter `first`; returns the next free parameter index.
    static int bind(Statement& s, int first, const BiText& t, bool withPrevious = false);
    static BiText read(const Statement& s, int firstColumn, bool withPrevious = false);
};

} // namespace cpc
