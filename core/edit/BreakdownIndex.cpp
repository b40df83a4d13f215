#include "edit/BreakdownIndex.h"

namespace cpc {

void BreakdownIndex::rebuild(Positions& p, const Disaggregation& d)
{
    p.of.clear();
    p.of.reserve(d.categories.size());
    // From the end, so that of two categories of one name the first one's position stays.
    for (qsizetype i = d.categories.size() - 1; i >= 0; --i)
        p.of.insert(d.categories[i].name, i);
    p.size = d.categories.size();
}

qsizetype BreakdownIndex::find(const QString& indicator, int year, const Disaggregation& d,
                               const QString& category)
{
    Positions& p = m_known[indicator][year][d.dimension];
    if (p.size != d.categories.size()) rebuild(p, d);
    auto it = p.of.constFind(category);
    if (it == p.of.constEnd()) return -1;
    if (*it < d.categories.size() && d.categories[*it].name == category) return *it;
    rebuild(p, d); // the list changed under the same length
    it = p.of.constFind(category);
    return it == p.of.constEnd() ? -1 : *it;
}

void BreakdownIndex::appended(const QString& indicator, int year, const Disaggregation& d)
{
    Positions& p = m_known[indicator][year][d.dimension];
    if (p.size + 1 != d.categories.size() || d.categories.isEmpty()) {
        rebuild(p, d);
        return;
    }
    p.of.insert(d.categories.last().name, d.categories.size() - 1);
    p.size = d.categories.size();
}

} // namespace cpc
