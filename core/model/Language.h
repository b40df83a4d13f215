#pragma once

#include <QString>
#include <optional>

namespace cpc {

// The report is bilingual by nature: every human text has an English and a Spanish side.
enum class Language { En, Es };

inline QString languageCode(Language l)
{
    return l == Language::En ? QStringLiteral("en") : QStringLiteral("es");
}

inline std::optional<Language> languageFromCode(const QString& code)
{
    if (code == QLatin1String("en")) return Language::En;
    if (code == QLatin1String("es")) return Language::Es;
    return std::nullopt;
}

inline Language otherLanguage(Language l)
{
    return l == Language::En ? Language::Es : Language::En;
}

} // namespace cpc
