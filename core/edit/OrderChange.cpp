#include "edit/OrderChange.h"

#include "edit/ValueReader.h"

#include <QJsonArray>
#include <QSet>

namespace cpc {

QJsonValue OrderChange::value(const QStringList& ids)
{
    return QJsonArray::fromStringList(ids);
}

Result<QStringList> OrderChange::permutation(const FieldChange& c, const QStringList& current)
{
    Result<QStringList> wanted = ValueReader::listOf(c.value, current);
    if (!wanted) return c.fail(wanted.error());
    const QStringList& ids = wanted.value();
    if (ids.size() != current.size() || QSet<QString>(ids.begin(), ids.end()).size() != ids.size())
        return c.fail(tr("a new order must name every part of the list once"));
    return wanted;
}

} // namespace cpc
