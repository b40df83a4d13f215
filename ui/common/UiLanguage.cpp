#include "common/UiLanguage.h"

#include <QLocale>

namespace cpc {

Language UiLanguage::current()
{
    return QLocale().language() == QLocale::Spanish ? Language::Es : Language::En;
}

QString UiLanguage::pick(const QString& en, const QString& es)
{
    const bool spanish = current() == Language::Es;
    const QString& first = spanish ? es : en;
    return first.isEmpty() ? (spanish ? en : es) : first;
}

} // namespace cpc
