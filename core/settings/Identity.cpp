#include "settings/Identity.h"

namespace cpc {

const Setting<QString>& Identity::nameSetting()
{
    static const Setting<QString> s{"user/name", QString()};
    return s;
}

const Setting<QString>& Identity::entitySetting()
{
    static const Setting<QString> s{"user/entity", QString()};
    return s;
}

Identity Identity::current()
{
    return Identity{nameSetting().value().trimmed(), entitySetting().value().trimmed()};
}

void Identity::save() const
{
    const auto store = [](const Setting<QString>& s, const QString& v) {
        if (v.trimmed().isEmpty())
            s.reset();
        else
            s.set(v.trimmed());
    };
    store(nameSetting(), name);
    store(entitySetting(), entity);
}

QString Identity::account()
{
    for (const char* variable : {"USER", "LOGNAME"})
        if (const QString a = qEnvironmentVariable(variable).trimmed(); !a.isEmpty()) return a;
    return {};
}

QString Identity::author() const
{
    const QString person = name.trimmed().isEmpty() ? account() : name.trimmed();
    const QString e = entity.trimmed();
    if (person.isEmpty()) return e;
    if (e.isEmpty()) return person;
    return QStringLiteral("%1 (%2)").arg(person, e);
}

} // namespace cpc
