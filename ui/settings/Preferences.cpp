#include "settings/Preferences.h"

#include "settings/Identity.h"
#include "settings/InterfaceLanguage.h"

namespace cpc {

const Setting<QString>& Preferences::interfaceLanguage()
{
    return InterfaceLanguage::setting();
}

const Setting<QString>& Preferences::userName()
{
    return Identity::nameSetting();
}

const Setting<QString>& Preferences::userEntity()
{
    return Identity::entitySetting();
}

const Setting<QString>& Preferences::paperSize()
{
    static const Setting<QString> s{"print/paper_size", QStringLiteral("letter")};
    return s;
}

const Setting<QStringList>& Preferences::spellingLanguages()
{
    static const Setting<QStringList> s{"spelling/languages", {QStringLiteral("es"), QStringLiteral("en")}};
    return s;
}

} // namespace cpc
