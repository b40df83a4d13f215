#pragma once

#include "document/DocumentBlocks.h"
#include "export/SuppressionPlan.h"
#include "model/Report.h"

namespace cpc {

// The performance indicator part of the composed report: per objective a tracking table and the
// protection note, then for each indicator with data its chart of target against actual and its
// disaggregation tables. Small counts are masked by `plan`; the bilingual variant writes figures in the
// shared convention (NumberFormat::shared), stated in a note under the first tracking table.
class IndicatorOutline {
public:
    IndicatorOutline(const Report& report, const SuppressionPlan& plan) : m_report(report), m_plan(plan) {}

    // The part's passages under section `number` ("4.1", "4.2", … for the objectives).
    void compose(const QString& number, QList<DocPassage>& out) const;

private:
    DocTable trackingTable(const QList<const Indicator*>& list, std::optional<Language> l) const;
    DocBlock chart(const Indicator& ind, const QList<int>& years, std::optional<Language> l) const;
    void details(const Indicator& ind, QList<DocPassage>& out) const;
    NumberFormat figures(std::optional<Language> l) const;
    static NumberFormat::Scale scaleOf(const Indicator& ind);
    static int decimalsOf(const Indicator& ind);
    QString unitName(const Indicator& ind, std::optional<Language> l) const;
    QString format(const Indicator& ind, double v, std::optional<Language> l) const;
    QString masked(CellMask m, const QString& shown) const;

    const Report& m_report;
    const SuppressionPlan& m_plan;
};

} // namespace cpc
