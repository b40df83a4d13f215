// The typed vocabularies meet files, scripts and the database through their ids: every id of a list reads
// as its own value and is written back alike, and a word outside the list reads as nothing.
#include "model/Unit.h"

#include <catch2/catch.hpp>
#include <utility>

using namespace cpc;

TEST_CASE("every unit id reads as its unit and is written back alike", "[model][vocabulary]")
{
    const std::pair<Unit, const char*> units[] = {{Unit::Count, "count"},
                                                  {Unit::Percent, "percent"},
                                                  {Unit::CurrencyUsd, "currency_usd"},
                                                  {Unit::CurrencyCop, "currency_cop"},
                                                  {Unit::Index, "index"}};
    QStringList ids;
    for (const auto& [unit, id] : units) {
        CHECK(unitId(unit) == QLatin1String(id));
        CHECK(unitFromId(QLatin1String(id)) == unit);
        ids << QLatin1String(id);
    }
    CHECK(ids == Vocabulary::units());
    CHECK(isCurrency(Unit::CurrencyUsd));
    CHECK(isCurrency(Unit::CurrencyCop));
    CHECK_FALSE(isCurrency(Unit::Count));
}

TEST_CASE("a unit id outside the vocabulary reads as nothing", "[model][vocabulary]")
{
    CHECK_FALSE(unitFromId(QStringLiteral("furlongs")));
    CHECK_FALSE(unitFromId(QStringLiteral("Percent")));
    CHECK_FALSE(unitFromId(QString()));
}
