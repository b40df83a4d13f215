#pragma once

#include "model/Vocabulary.h"

namespace cpc {

// What an indicator's figures count; in the order of Vocabulary::units(), which holds their ids.
enum class Unit { Count, Percent, CurrencyUsd, CurrencyCop, Index };

inline QString unitId(Unit u)
{
    return Vocabulary::word(Vocabulary::units(), u);
}

inline bool isCurrency(Unit u)
{
    return u == Unit::CurrencyUsd || u == Unit::CurrencyCop;
}

inline std::optional<Unit> unitFromId(const QString& id)
{
    return Vocabulary::value<Unit>(Vocabulary::units(), id);
}

} // namespace cpc
