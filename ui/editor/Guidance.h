#pragma once

#include "model/Report.h"

#include <QCoreApplication>

namespace cpc {

struct Template;
struct TemplateSection;

// The template's guidance for a part of the report, from the template the file keeps
// (ReportDocument::reportTemplate()): per section (by id, else by kind and objective), and the
// template-wide guidance for activities and indicators. Returns Markdown in the interface language
// (the other language when that one is empty), or empty when the template says nothing.
class Guidance {
    Q_DECLARE_TR_FUNCTIONS(cpc::Guidance)
public:
    explicit Guidance(const Template* templ) : m_templ(templ) {}

    QString forSection(const Section& s) const;
    QString forActivity() const;
    QString forIndicator() const;
    // Suggested length of a section, "" when the template gives none (e.g. "300–600 words").
    QString suggestedLength(const Section& s) const;

private:
    const TemplateSection* templateSection(const Section& s) const;

    const Template* m_templ;
};

} // namespace cpc
