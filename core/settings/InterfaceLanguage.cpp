#include "settings/InterfaceLanguage.h"

#include <QLocale>

namespace cpc {

const Setting<QString>& InterfaceLanguage::setting()
{
    static const Setting<QString> s{"interface/language", QStringLiteral("system")};
    return s;
}

QString InterfaceLanguage::resolve(const QString& choice)
{
    if (choice == QLatin1String("es") || choice == QLatin1String("en")) return choice;
    if (choice.isEmpty() || choice == QLatin1String("system"))
        return QLocale::system().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
    return QStringLiteral("en"); // a value written by hand that we do not speak
}

} // namespace cpc
