#include "settings/Preferences.h"

#include "settings/Identity.h"
#include "settings/InterfaceLanguage.h"

#include <QFileInfo>

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

const Setting<QStringList>& Preferences::recentFiles()
{
    static const Setting<QStringList> s{"window/recent_files", {}};
    return s;
}

const Setting<QByteArray>& Preferences::windowGeometry()
{
    static const Setting<QByteArray> s{"window/geometry", {}};
    return s;
}

const Setting<QByteArray>& Preferences::windowState()
{
    static const Setting<QByteArray> s{"window/state", {}};
    return s;
}

const Setting<QByteArray>& Preferences::splitterState()
{
    static const Setting<QByteArray> s{"window/splitter", {}};
    return s;
}

const Setting<bool>& Preferences::firstRunDone()
{
    static const Setting<bool> s{"app/first_run_done", false};
    return s;
}

QString Preferences::author()
{
    return Identity::current().author();
}

void Preferences::addRecentFile(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list{abs};
    for (const QString& p : recentFiles().value())
        if (p != abs && QFileInfo::exists(p) && list.size() < kMaxRecent) list << p;
    recentFiles().set(list);
}

} // namespace cpc
