#pragma once

#include "model/Language.h"
#include "model/Unit.h"

#include <QLocale>
#include <QString>

namespace cpc {

// How the PDF writes numbers, dates and its own fixed words in one language of the document.
//
// The document's language is chosen per export and is independent of the interface language, so these
// words come from a fixed bilingual table rather than from tr() (which follows the interface).
class PdfLocale {
public:
    explicit PdfLocale(Language language);

    Language language() const { return m_language; }
    // The language's convention (NumberFormat::of): 1,234.5 / 1.234,5.
    QString number(double value) const;
    // 78.0% / 78,0 %
    QString percent(double value) const;
    // A value in an indicator's unit (count, percent, currency_usd, currency_cop, index), scaled by itself.
    QString value(double value, Unit unit) const;
    // ISO date (YYYY-MM-DD) to "April 26, 2022" / "26 de abril de 2022"; other text is returned as is.
    QString date(const QString& iso) const;
    QString today() const;
    // A fixed word of the document by its key (see the table in PdfLocale.cpp); the key itself if unknown.
    QString text(const char* key) const;
    // "English / Español" for the shared parts of the parallel layout.
    static QString both(const char* key);

private:
    Language m_language;
    QLocale m_locale;
};

} // namespace cpc
