#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"

namespace cpc {

class ReportDocument;
struct Report;

// Runs every rule family over a report: completeness, translation, indicators, privacy, spelling and
// comments. Findings come back in document order (report, sections with their activities, indicators,
// glossary), each family's findings for a place together, so that readers see one place at a time.
class CheckEngine {
public:
    explicit CheckEngine(CheckContext context = {}) : m_context(std::move(context)) {}

    Findings run(const Report& report) const;
    // The errors alone, which keep a report from being ready (what `check` counts as not ready): only
    // the families that can report one run (privacy, spelling and comments only warn). For the PDF's
    // draft mark, where the whole check would cost as much as the export.
    Findings errors(const Report& report) const;
    const CheckContext& context() const { return m_context; }

    // The context an open file gives: the template it keeps, its dismissed privacy warnings and its
    // dictionary words (settings key spelling/words, one word a line).
    static CheckContext contextFor(const ReportDocument& doc);
    static QString dictionaryKey(); // "spelling/words"

private:
    CheckContext m_context;
};

} // namespace cpc
