#pragma once

#include "document/DocumentBlocks.h"
#include "export/SuppressionPlan.h"
#include "model/Report.h"

#include <functional>

namespace cpc {

// Composes the report's body as document passages, in the order the printed report follows: numbered
// sections with their narratives and activities, the performance indicators (inside the section of kind
// "indicators", or after the sections), and the annexes (glossary, entities). Fixed words come from the
// document's bilingual word table (PdfLocale), small counts are masked by `plan`.
class ReportOutline {
public:
    ReportOutline(const Report& report, const SuppressionPlan& plan) : m_report(report), m_plan(plan) {}

    QList<DocPassage> compose() const;

private:
    using Variant = std::function<DocBlock(std::optional<Language>)>;
    // A passage from one function called for English, Spanish and the bilingual variant.
    static DocPassage passage(const Variant& make, bool shared = false);

    static DocBlock narrative(const BiText& text, std::optional<Language> l);
    void heading(int level, const QString& number, const BiText& title, QList<DocPassage>& out) const;
    void activity(const Activity& a, const QString& number, QList<DocPassage>& out) const;
    void indicators(const QString& number, QList<DocPassage>& out) const;
    void indicatorDetails(const Indicator& ind, QList<DocPassage>& out) const;
    void annexes(QList<DocPassage>& out) const;

    QString entityNames(const QStringList& ids, Language l) const;
    DocTable trackingTable(const QList<const Indicator*>& list, std::optional<Language> l) const;
    QString format(double v, const QString& unit, std::optional<Language> l) const;
    QString masked(CellMask m, const QString& shown) const;

    const Report& m_report;
    const SuppressionPlan& m_plan;
};

} // namespace cpc
