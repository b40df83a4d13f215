// The typed vocabularies meet files, scripts and the database through their ids: every id of a list reads
// as its own value and is written back alike, and a word outside the list reads as nothing.
#include "model/ChangeOrigin.h"
#include "model/Indicator.h"
#include "model/Unit.h"
#include "model/Workflow.h"

#include <catch2/catch.hpp>
#include <utility>
#include <vector>

using namespace cpc;

namespace {

// Each value's expected id, both ways, and the vocabulary list holding exactly those ids in that order.
template <typename E, typename ToId, typename FromId>
void checkTable(const std::vector<std::pair<E, const char*>>& table, ToId toId, FromId fromId,
                const QStringList& words)
{
    QStringList ids;
    for (const auto& [value, id] : table) {
        CHECK(toId(value) == QLatin1String(id));
        CHECK(fromId(QLatin1String(id)) == value);
        ids << QLatin1String(id);
    }
    CHECK(ids == words);
    for (const char* unknown : {"", "furlongs", "Approved", "EDIT"})
        CHECK_FALSE(fromId(QLatin1String(unknown)));
}

} // namespace

TEST_CASE("every unit id reads as its unit and is written back alike", "[model][vocabulary]")
{
    checkTable<Unit>({{Unit::Count, "count"},
                      {Unit::Percent, "percent"},
                      {Unit::CurrencyUsd, "currency_usd"},
                      {Unit::CurrencyCop, "currency_cop"},
                      {Unit::Index, "index"}},
                     unitId, unitFromId, Vocabulary::units());
    CHECK(isCurrency(Unit::CurrencyUsd));
    CHECK(isCurrency(Unit::CurrencyCop));
    CHECK_FALSE(isCurrency(Unit::Count));
    CHECK(Indicator().unit == Unit::Count);
}

TEST_CASE("every review status id reads as its status and is written back alike", "[model][vocabulary]")
{
    checkTable<ReviewStatus>({{ReviewStatus::NotStarted, "not_started"},
                              {ReviewStatus::Drafting, "drafting"},
                              {ReviewStatus::Submitted, "submitted"},
                              {ReviewStatus::Returned, "returned"},
                              {ReviewStatus::Approved, "approved"}},
                             reviewStatusId, reviewStatusFromId, Vocabulary::workflowStatuses());
    CHECK(Workflow().status == ReviewStatus::NotStarted);
    CHECK(Workflow{ReviewStatus::Approved, QString()}.isApproved());
}

TEST_CASE("every history origin reads as its origin and is written back alike", "[model][vocabulary]")
{
    checkTable<ChangeOrigin>({{ChangeOrigin::Edit, "edit"},
                              {ChangeOrigin::Apply, "apply"},
                              {ChangeOrigin::Import, "import"},
                              {ChangeOrigin::Merge, "merge"},
                              {ChangeOrigin::Restore, "restore"},
                              {ChangeOrigin::Undo, "undo"},
                              {ChangeOrigin::Redo, "redo"},
                              {ChangeOrigin::New, "new"}},
                             changeOriginId, changeOriginFromId, Vocabulary::changeOrigins());
}
