#include "util/ResourcePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cpc {

QString ResourcePaths::dataDir()
{
    static const QString dir = [] {
        const QString env = qEnvironmentVariable("CPCREPORT_DATA_DIR");
        if (!env.isEmpty() && QFileInfo(env).isDir()) return env;
        if (QCoreApplication::instance()) {
            const QString installed = QDir(QCoreApplication::applicationDirPath())
                                          .filePath(QStringLiteral("../" CPC_INSTALL_DATADIR));
            if (QFileInfo(installed + QStringLiteral("/templates")).isDir())
                return QDir::cleanPath(installed);
        }
        return QStringLiteral(CPC_SOURCE_RESOURCES);
    }();
    return dir;
}

QString ResourcePaths::file(const QString& relative)
{
    const QString path = QDir(dataDir()).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

QString ResourcePaths::version()
{
    return QStringLiteral(CPC_VERSION);
}

} // namespace cpc
