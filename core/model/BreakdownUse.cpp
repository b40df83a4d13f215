#include "model/BreakdownUse.h"

#include "model/Report.h"

#include <algorithm>

namespace cpc {

QList<BreakdownUse::Dimension> BreakdownUse::all(const Report& r)
{
    QList<Dimension> out;
    for (const Indicator& ind : r.indicators)
        for (const QList<Disaggregation>& year : ind.disaggregation)
            for (const Disaggregation& d : year) {
                auto it = std::find_if(out.begin(), out.end(),
                                       [&](const Dimension& x) { return x.code == d.dimension; });
                if (it == out.end()) {
                    out.append(Dimension{d.dimension, {}, {}});
                    it = out.end() - 1;
                }
                if (!it->indicators.contains(ind.id)) it->indicators.append(ind.id);
                for (const DisaggregationCategory& c : d.categories)
                    if (!it->categories.contains(c.name)) it->categories.append(c.name);
            }
    return out;
}

QStringList BreakdownUse::indicators(const Report& r, const QString& dimension, const QString& category)
{
    QStringList ids;
    for (const Indicator& ind : r.indicators) {
        bool uses = false;
        for (const QList<Disaggregation>& year : ind.disaggregation)
            for (const Disaggregation& d : year)
                if (d.dimension == dimension)
                    uses = uses || category.isEmpty() ||
                           std::any_of(d.categories.cbegin(), d.categories.cend(),
                                       [&](const DisaggregationCategory& c) { return c.name == category; });
        if (uses) ids << ind.id;
    }
    return ids;
}

} // namespace cpc
