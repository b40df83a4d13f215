#pragma once

#include "export/SuppressionPlan.h"
#include "model/Report.h"
#include "pdf/BlockSetter.h"

#include <functional>
#include <optional>

namespace cpc {

// The performance indicator part of the report: one tracking table per objective, then for each
// indicator with data a chart of target against actual and its disaggregation. `language` unset sets
// the bilingual variant used beside the parallel layout (both languages in each cell).
class IndicatorComposer {
public:
    using HeadingFn = std::function<void(int level, const QString& number, const BiText& title, std::vector<FlowBlock>& out)>;

    IndicatorComposer(const Report& report, const BlockSetter& setter, const SuppressionPlan& plan)
        : m_report(report), m_setter(setter), m_plan(plan) {}

    void compose(std::optional<Language> language, const QString& number, float width, float frameHeight,
                 const HeadingFn& heading, std::vector<FlowBlock>& out) const;

private:
    QString label(const char* key) const;
    QString pick(const BiText& t) const; // the language's side, or the other side when it is empty
    QString second(const BiText& t) const;
    QString format(double v, const QString& unit) const;
    FlowBlock trackingTable(const QList<const Indicator*>& indicators, float width, float frameHeight) const;
    void details(const Indicator& ind, float width, float frameHeight, std::vector<FlowBlock>& out) const;

    const Report& m_report;
    const BlockSetter& m_setter;
    const SuppressionPlan& m_plan;
    // Set for the duration of compose().
    mutable std::optional<Language> m_language;
};

} // namespace cpc
