#include "checks/Dismissals.h"

#include "storage/ReportDocument.h"

#include <QCryptographicHash>

namespace cpc {

QString Dismissals::prefix()
{
    return QStringLiteral("checks/dismissed/");
}

QString Dismissals::key(const Finding& f)
{
    const QByteArray hash =
        QCryptographicHash::hash(f.excerpt.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return prefix() + f.rule + u'/' + f.path.toString() + u'/' + QString::fromLatin1(hash);
}

QSet<QString> Dismissals::load(const ReportDocument& doc)
{
    const QStringList keys = doc.settingKeys(prefix());
    return QSet<QString>(keys.cbegin(), keys.cend());
}

Status Dismissals::dismiss(ReportDocument& doc, const Finding& f)
{
    // The value keeps what was dismissed, readable, for whoever audits the file.
    return doc.setSetting(key(f), f.excerpt);
}

Status Dismissals::restore(ReportDocument& doc, const Finding& f)
{
    return doc.setSetting(key(f), QString());
}

} // namespace cpc
