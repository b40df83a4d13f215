#pragma once

#include "model/BiText.h"
#include "navigator/NavNode.h"

#include <QHash>
#include <QString>
#include <optional>
#include <utility>

namespace cpc {

struct Report;

// How far the texts under each navigator row are translated: for each part, each objective's indicators
// and all the indicators, how many texts it has and how many of them have the translation missing or
// stale. Counted again on every commit of an edit, so it must stay cheap.
class TranslationTallies {
public:
    struct Tally {
        int texts = 0, missing = 0, stale = 0;
    };

    void count(const Report* report); // none for no report
    Tally of(const NavNode& node) const;
    // The state a tally shows (stale before missing before current), or nothing for a node without texts.
    static std::optional<TranslationState> state(const Tally& t);
    // The state's id, as the navigator's TranslationIdRole gives it: missing | current | stale.
    static QString stateId(TranslationState s);

private:
    QHash<std::pair<int, QString>, Tally> m_tallies; // by node kind and id
};

} // namespace cpc
