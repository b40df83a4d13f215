#include "window/RecentFiles.h"

#include "settings/Setting.h"

#include <QFileInfo>

namespace cpc {

namespace {
const Setting<QStringList>& setting()
{
    static const Setting<QStringList> s{"window/recent_files", {}};
    return s;
}
} // namespace

QStringList RecentFiles::list()
{
    return setting().value();
}

void RecentFiles::add(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list{abs};
    for (const QString& p : setting().value())
        if (p != abs && QFileInfo::exists(p) && list.size() < kMost) list << p;
    setting().set(list);
}

} // namespace cpc
