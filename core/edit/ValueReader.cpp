#include "edit/ValueReader.h"

#include "model/MarkdownLinks.h"
#include "util/Limits.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <cmath>

namespace cpc {

namespace {
Error bad(const QString& m)
{
    return Error{m, QString()};
}
} // namespace

Result<QString> ValueReader::text(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined()) return QString();
    if (!v.isString()) return bad(ValueReader::tr("expected a text"));
    const QString s = v.toString();
    if (Limits::characters(s) > Limits::kMaxTextLength)
        return bad(ValueReader::tr("the text is longer than %1 characters").arg(Limits::kMaxTextLength));
    if (const auto link = MarkdownLinks::firstLongerThan(s, Limits::kMaxLinkLength))
        return bad(ValueReader::tr("the link at character %1 has %2 characters; a link can have at most %3")
                       .arg(link->at + 1)
                       .arg(link->length)
                       .arg(Limits::kMaxLinkLength));
    return s;
}

Result<QString> ValueReader::oneOf(const QJsonValue& v, const QStringList& allowed, bool nullable)
{
    if (nullable && (v.isNull() || v.isUndefined())) return QString();
    if (!v.isString() || !allowed.contains(v.toString()))
        return bad(ValueReader::tr("expected one of: %1").arg(allowed.join(QStringLiteral(", "))));
    return v.toString();
}

Result<std::optional<double>> ValueReader::number(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined()) return std::optional<double>();
    if (!v.isDouble() || !std::isfinite(v.toDouble())) return bad(ValueReader::tr("expected a number"));
    if (std::fabs(v.toDouble()) > Limits::kMaxNumber) return bad(ValueReader::tr("the number is too large"));
    return std::optional<double>(v.toDouble());
}

Result<bool> ValueReader::flag(const QJsonValue& v, bool nullValue)
{
    if (v.isNull() || v.isUndefined()) return nullValue;
    if (!v.isBool()) return bad(ValueReader::tr("expected true or false"));
    return v.toBool();
}

Result<int> ValueReader::integer(const QJsonValue& v, int min, int max)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max)
        return bad(ValueReader::tr("expected a whole number from %1 to %2").arg(min).arg(max));
    return int(d);
}

Result<QStringList> ValueReader::listOf(const QJsonValue& v, const QStringList& allowed)
{
    if (v.isNull() || v.isUndefined()) return QStringList();
    if (!v.isArray()) return bad(ValueReader::tr("expected a list"));
    QStringList out;
    for (const QJsonValue& e : v.toArray()) {
        if (!e.isString() || (!allowed.isEmpty() && !allowed.contains(e.toString())))
            return bad(
                allowed.isEmpty()
                    ? ValueReader::tr("expected a list of texts")
                    : ValueReader::tr("expected a list of: %1").arg(allowed.join(QStringLiteral(", "))));
        if (out.contains(e.toString()))
            return bad(ValueReader::tr("'%1' appears twice in the list").arg(e.toString()));
        out << e.toString();
    }
    if (out.size() > Limits::kMaxListLength) return bad(ValueReader::tr("the list is too long"));
    return out;
}

Result<QStringList> ValueReader::entityIds(const QJsonValue& v, const Report& r)
{
    Result<QStringList> ids = listOf(v, {});
    if (!ids) return ids;
    for (const QString& id : ids.value())
        if (!r.entity(id)) return bad(ValueReader::tr("unknown entity '%1'").arg(id));
    return ids;
}

Result<QString> ValueReader::date(const QJsonValue& v)
{
    const QString s = v.toString();
    if (!v.isString() || s.size() != 10 || !QDate::fromString(s, Qt::ISODate).isValid())
        return bad(ValueReader::tr("expected a date as YYYY-MM-DD"));
    return s;
}

Result<int> ValueReader::year(const QString& segment)
{
    bool ok = false;
    const int y = segment.toInt(&ok);
    if (!ok || y < 1 || y > Limits::kMaxYear || QString::number(y) != segment)
        return bad(ValueReader::tr("expected a reporting year from 1 to %1").arg(Limits::kMaxYear));
    return y;
}

} // namespace cpc
