#pragma once

#include "model/Indicator.h"

#include <QHash>
#include <QString>

namespace cpc {

// Where each breakdown category sits in its dimension's list, kept for the length of one apply
// (ChangeApplier): an import or a merge sets tens of thousands of categories one change at a time, and
// finding each by walking its list made them quadratic. The lists stay the truth: a position is checked
// against the list before it is trusted, a list whose length changed is indexed again, and the first of
// two categories of the same name is the one found, as a walk through the list finds it.
class BreakdownIndex {
public:
    // The position of `category` in `d.categories`, or -1. `d` is dimension `d.dimension` of
    // `indicator`'s breakdowns for `year`.
    qsizetype find(const QString& indicator, int year, const Disaggregation& d, const QString& category);
    // `d` has just gained its last category; the call after find() for the same dimension.
    void appended(const QString& indicator, int year, const Disaggregation& d);
    // The indicator's breakdowns changed other than category by category (a year or a dimension removed,
    // the indicator created or removed): what was known of them is dropped.
    void forget(const QString& indicator) { m_known.remove(indicator); }

private:
    struct Positions {
        QHash<QString, qsizetype> of;
        qsizetype size = -1; // the length of the list when it was indexed
    };
    static void rebuild(Positions& p, const Disaggregation& d);

    QHash<QString, QHash<int, QHash<QString, Positions>>> m_known;
};

} // namespace cpc
