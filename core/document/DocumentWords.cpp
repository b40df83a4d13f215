#include "document/DocumentWords.h"

namespace cpc {

QString DocumentWords::label(const char* key) const
{
    return m_language ? PdfLocale(*m_language).text(key) : PdfLocale::both(key);
}

QString DocumentWords::text(const char* key) const
{
    return locale().text(key);
}

namespace {

BiText orReadable(const BiText& label, const QString& code)
{
    if (!label.isEmpty()) return label;
    const QString words = BreakdownLabels::readable(code);
    return BiText(words, words);
}

} // namespace

QString DocumentWords::dimension(const BreakdownLabels& labels, const QString& dimension) const
{
    return bilingual(orReadable(labels.dimension(dimension), dimension), m_language);
}

QString DocumentWords::category(const BreakdownLabels& labels, const QString& dimension,
                                const QString& category) const
{
    return bilingual(orReadable(labels.category(dimension, category), category), m_language);
}

QString DocumentWords::side(const BiText& t, Language l)
{
    return t.text(l).isEmpty() ? t.text(otherLanguage(l)) : t.text(l);
}

QString DocumentWords::bilingual(const BiText& t, std::optional<Language> l)
{
    if (l) return side(t, *l);
    const QString en = side(t, Language::En), es = side(t, Language::Es);
    return en == es ? en : en + QStringLiteral(" / ") + es;
}

QString DocumentWords::entityName(const Entity& e, Language l)
{
    const QString name = side(e.name, l), acronym = side(e.acronym, l);
    const bool named =
        acronym.isEmpty() || acronym == name || name.contains(QLatin1Char('(') + acronym + QLatin1Char(')'));
    return named ? name : name + QStringLiteral(" (") + acronym + QLatin1Char(')');
}

} // namespace cpc
