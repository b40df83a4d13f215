#include "navigator/TranslationTallies.h"

#include "edit/ReportTexts.h"
#include "model/Report.h"

namespace cpc {

namespace {
std::pair<int, QString> keyOf(const NavNode& n)
{
    return {int(n.kind), n.id};
}
} // namespace

void TranslationTallies::count(const Report* report)
{
    m_tallies.clear();
    if (!report) return;
    const Report& r = *report;
    const Language translation = otherLanguage(r.info.sourceLanguage);
    // The texts' paths name parts that exist, so their owner is read off the path (NavNode::forPath looks
    // each part up, which made this the slowest step of a typed edit).
    QHash<QString, int> objectiveOf;
    objectiveOf.reserve(r.indicators.size());
    for (const Indicator& i : r.indicators)
        objectiveOf.insert(i.id, i.objective);
    ReportTexts::forEach(r, [&](const FieldPath& p, const BiText& t) {
        if (t.isEmpty()) return;
        // A part whose narrative is not written yet has no translation to be current: its title (from the
        // template) alone does not make it "Current" (docs/translation-state.md).
        if (p.at(2) == QLatin1String("title")) {
            const BiText* body = nullptr;
            if (p.at(0) == QLatin1String("sections"))
                body = r.section(p.at(1)) ? &r.section(p.at(1))->body : nullptr;
            if (p.at(0) == QLatin1String("activities"))
                body = r.activity(p.at(1)) ? &r.activity(p.at(1))->body : nullptr;
            if (body && body->isEmpty()) return;
        }
        NavNode owners[3] = {NavNode::ownerOf(p)};
        int count = 1;
        if (owners[0].kind == NodeKind::Indicator) {
            owners[1] =
                NavNode{NodeKind::IndicatorObjective, QString::number(objectiveOf.value(owners[0].id))};
            owners[2] = NavNode{NodeKind::IndicatorsRoot, {}};
            count = 3;
        }
        for (int k = 0; k < count; ++k) {
            Tally& tl = m_tallies[keyOf(owners[k])];
            ++tl.texts;
            // Either side may be a text's translation (a partner may have written the English first).
            const TranslationState other = t.state(otherLanguage(translation));
            if (t.state(translation) == TranslationState::Stale || other == TranslationState::Stale)
                ++tl.stale;
            else if (t.state(translation) == TranslationState::Missing || other == TranslationState::Missing)
                ++tl.missing;
        }
    });
}

TranslationTallies::Tally TranslationTallies::of(const NavNode& n) const
{
    return m_tallies.value(keyOf(n));
}

std::optional<TranslationState> TranslationTallies::state(const Tally& t)
{
    if (t.texts == 0) return std::nullopt;
    if (t.stale > 0) return TranslationState::Stale;
    if (t.missing > 0) return TranslationState::Missing;
    return TranslationState::Current;
}

QString TranslationTallies::stateId(TranslationState s)
{
    switch (s) {
    case TranslationState::Missing:
        return QStringLiteral("missing");
    case TranslationState::Current:
        break;
    case TranslationState::Stale:
        return QStringLiteral("stale");
    }
    return QStringLiteral("current");
}

} // namespace cpc
