#pragma once

#include <QString>

namespace cpc {

// A first combined version of a text both sides changed since a contribution was requested, for the
// coordinator to finish by hand: the report's version (`mine`) with the contributor's changes to what was
// sent (`base` → `theirs`) carried over line by line. A line (paragraph, bullet) the contributor added is
// inserted where it stood; one the contributor removed goes, unless it is no longer there; a line both sides
// reworded appears in both wordings, one after the other, for the coordinator to choose. Nothing either side
// wrote is lost; the same new line written by both appears once.
class TextMerge {
public:
    static QString combine(const QString& base, const QString& mine, const QString& theirs);
};

} // namespace cpc
