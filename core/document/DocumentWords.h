#pragma once

#include "model/BiText.h"
#include "model/BreakdownLabels.h"
#include "model/Entity.h"
#include "pdf/PdfLocale.h"

#include <optional>

namespace cpc {

// The printed report's own words and number formats for one variant of a document block: a language, or
// the bilingual variant (unset) whose labels read "English / Español". One table of words for every
// format the report is printed in (PdfLocale holds it), so the Word and PDF versions say the same.
class DocumentWords {
public:
    explicit DocumentWords(std::optional<Language> language) : m_language(language) {}

    // A fixed word in the variant's language, or both languages for the bilingual variant.
    QString label(const char* key) const;
    // A fixed word in the variant's language (English for the bilingual variant).
    QString text(const char* key) const;
    // A disaggregation dimension or category as the report labels it (model/BreakdownLabels): the
    // variant's side, the other side when it is empty, and the code read as words when there is no label
    // at all ("age_group" → "Age group"). The one lookup the PDF and the Word version both print through.
    QString dimension(const BreakdownLabels& labels, const QString& dimension) const;
    QString category(const BreakdownLabels& labels, const QString& dimension, const QString& category) const;
    QString number(double v) const { return locale().number(v); }
    QString percent(double v) const { return locale().percent(v); }
    QString value(double v, Unit unit) const { return locale().value(v, unit); }

    // The language's side of a text, or the other side when it is empty.
    static QString side(const BiText& t, Language l);
    // side() for a language; "English / Español" (once when equal) for the bilingual variant.
    static QString bilingual(const BiText& t, std::optional<Language> l);
    // "Pan American Development Foundation (PADF)": the name with its acronym, unless the name has it.
    static QString entityName(const Entity& e, Language l);

private:
    PdfLocale locale() const { return PdfLocale(m_language.value_or(Language::En)); }
    std::optional<Language> m_language;
};

} // namespace cpc
