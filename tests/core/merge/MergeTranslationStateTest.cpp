// A merge writes texts by the same rules as an edit (docs/translation-state.md).
#include "MergeTestSupport.h"
#include "edit/TextChange.h"
#include "merge/MergePlanner.h"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

const FieldPath kBody = FieldPath::fromString(QStringLiteral("sections/objective-1/body"));

TranslationState stateOf(const ReportDocument& doc, Language l)
{
    const BiText* t = TextChange::find(doc.report(), kBody);
    REQUIRE(t);
    return t->state(l);
}

void merge(MergeFixture& f, const QString& path)
{
    auto plan = MergePlanner::plan(*f.coordinator, path);
    REQUIRE(plan);
    REQUIRE(MergePlanner::apply(*f.coordinator, plan.value(), {}, {}));
}

} // namespace

TEST_CASE("merged texts follow the translation-state rules", "[merge][state]")
{
    MergeFixture f; // the sample's source language is Spanish
    const QString me = QStringLiteral("RENACER");
    REQUIRE(stateOf(*f.coordinator, Language::En) == TranslationState::Current);

    SECTION("a partner who changed the source and brought the translation along: both current")
    {
        const QString path = f.request(me, QStringLiteral("both.cpcreport"));
        {
            auto partner = f.openAsPartner(path);
            REQUIRE(partner->apply(
                edit(kBody.child(QStringLiteral("es")).toString(), QStringLiteral("Nuevo texto."), me)));
            REQUIRE(partner->apply(
                edit(kBody.child(QStringLiteral("en")).toString(), QStringLiteral("New"), me)));
            REQUIRE(partner->apply(
                edit(kBody.child(QStringLiteral("en")).toString(), QStringLiteral("New text."), me)));
            REQUIRE(stateOf(*partner, Language::En) == TranslationState::Current);
        }
        merge(f, path);
        CHECK(stateOf(*f.coordinator, Language::En) == TranslationState::Current);
        CHECK(stateOf(*f.coordinator, Language::Es) == TranslationState::Current);
    }
    SECTION("a partner who changed only the source: the translation is stale")
    {
        const QString path = f.request(me, QStringLiteral("source.cpcreport"));
        REQUIRE(f.openAsPartner(path)->apply(
            edit(kBody.child(QStringLiteral("es")).toString(), QStringLiteral("Una viñeta más."), me)));
        merge(f, path);
        CHECK(stateOf(*f.coordinator, Language::En) == TranslationState::Stale);
        CHECK(stateOf(*f.coordinator, Language::Es) == TranslationState::Current);
    }
    SECTION("a partner who corrected only the translation: the source stays current")
    {
        const QString path = f.request(me, QStringLiteral("translation.cpcreport"));
        REQUIRE(f.openAsPartner(path)->apply(edit(kBody.child(QStringLiteral("en")).toString(),
                                                  QStringLiteral("Corrected translation."), me)));
        merge(f, path);
        CHECK(stateOf(*f.coordinator, Language::Es) == TranslationState::Current);
        CHECK(stateOf(*f.coordinator, Language::En) == TranslationState::Current);
    }
}
