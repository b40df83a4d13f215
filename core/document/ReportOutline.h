#pragma once

#include "checks/Finding.h"
#include "document/DocumentBlocks.h"
#include "export/SuppressionPlan.h"
#include "model/Report.h"
#include "pdf/PdfOptions.h"

#include <functional>

namespace cpc {

// Composes the report as document passages, in the order the printed report follows: the cover, then
// numbered sections with their narratives and activities, the performance indicators (inside the section
// of kind "indicators", or after the sections), and the annexes (glossary, entities). Every format (PDF,
// Word) is a target of these passages, so they say the same in the same order. Fixed words come from the
// document's bilingual word table (DocumentWords), small counts are masked by `plan`.
class ReportOutline {
public:
    ReportOutline(const Report& report, const SuppressionPlan& plan) : m_report(report), m_plan(plan) {}

    QList<DocPassage> compose() const;
    // The cover, one side per language in `languages`; `pending`: the errors a final print still has.
    QList<DocCover> cover(const QList<Language>& languages, const Findings& pending = {}) const;

    // The document's parts: one language, both one after the other, or the parallel pair (unset).
    static QList<std::optional<Language>> parts(const PdfOptions& options);
    // The languages the cover speaks, in order.
    static QList<Language> languages(const PdfOptions& options);

    // The passages read together, as [first, last) ranges: a heading alone, consecutive shared passages,
    // or consecutive passages set side by side in the parallel layout, where each language's column of
    // the range is read whole before the other's (an activity's facts and its narrative).
    struct Run {
        qsizetype first, last;
    };
    static QList<Run> runs(const QList<DocPassage>& passages);

    // Building blocks of the outline's parts.
    using Variant = std::function<DocBlock(std::optional<Language>)>;
    // A passage from one function called for English, Spanish and the bilingual variant.
    static DocPassage passage(const Variant& make, bool shared = false);
    static DocPassage heading(int level, const QString& number, const BiText& title);
    // A cell of a text in both languages: the bilingual variant's Spanish goes in its second paragraph.
    static DocCell cell(const BiText& text, std::optional<Language> l);

private:
    static DocBlock narrative(const BiText& text, std::optional<Language> l);
    void activity(const Activity& a, const QString& number, QList<DocPassage>& out) const;
    void annexes(QList<DocPassage>& out) const;
    QString entityNames(const QStringList& ids, Language l) const;

    const Report& m_report;
    const SuppressionPlan& m_plan;
};

} // namespace cpc
