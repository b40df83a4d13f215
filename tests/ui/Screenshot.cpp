#include "Screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace cpc::test {

void saveScreenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CPC_SHOTS_DIR");
    if (dir.isEmpty() || !w) return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace cpc::test
