#include "model/Report.h"

#include <algorithm>

namespace cpc {

namespace {
template <typename List> auto findById(List& list, const QString& id) -> decltype(&list[0])
{
    auto it = std::find_if(list.begin(), list.end(), [&](const auto& x) { return x.id == id; });
    return it == list.end() ? nullptr : &*it;
}
} // namespace

const Entity* Report::entity(const QString& id) const
{
    return findById(entities, id);
}
const Section* Report::section(const QString& id) const
{
    return findById(sections, id);
}
Section* Report::section(const QString& id)
{
    return findById(sections, id);
}
const Indicator* Report::indicator(const QString& id) const
{
    return findById(indicators, id);
}
Indicator* Report::indicator(const QString& id)
{
    return findById(indicators, id);
}

const Activity* Report::activity(const QString& id, const Section** owner) const
{
    for (const Section& s : sections) {
        if (const Activity* a = findById(s.activities, id)) {
            if (owner) *owner = &s;
            return a;
        }
    }
    return nullptr;
}

Activity* Report::activity(const QString& id, Section** owner)
{
    for (Section& s : sections) {
        if (Activity* a = findById(s.activities, id)) {
            if (owner) *owner = &s;
            return a;
        }
    }
    return nullptr;
}

int Report::glossaryIndex(const QString& englishTerm) const
{
    for (int i = 0; i < glossary.size(); ++i)
        if (glossary[i].term.en() == englishTerm) return i;
    return -1;
}

} // namespace cpc
