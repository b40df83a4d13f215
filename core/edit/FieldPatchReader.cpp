#include "edit/FieldPatchReader.h"

#include "model/Paths.h"
#include "model/Vocabulary.h"

#include "json/ReportJsonReader.h"
#include <QJsonArray>

namespace cpc {

using F = JsonFieldReader;

bool FieldPatchReader::set(const FieldPath& target, const QJsonValue& value)
{
    m_changes.append(FieldChange{target, value, false});
    return true;
}

bool FieldPatchReader::biText(const OrderedJson& v, const QString& path, FieldKind kind,
                              const QStringList& values)
{
    const auto side = [&](const QString& lang) { return Paths::of(kind, QStringList(values) << lang); };
    if (!m_f.object(v, path, F::keys({"en", "es", "confirm"}))) return false;
    for (const QString& lang : Vocabulary::languages())
        if (F::has(v, lang) && !text(F::at(v, lang), F::member(path, lang), side(lang), true)) return false;
    return F::ifPresent(v, "confirm", path, [&](const OrderedJson& c, const QString& p) {
        QStringList sides;
        if (!m_f.labels(c, p, Vocabulary::languages(), sides)) return false;
        for (const QString& lang : sides)
            m_changes.append(FieldChange{side(lang), QJsonValue(), true});
        return true;
    });
}

bool FieldPatchReader::text(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable)
{
    if (nullable && v.isNull()) return set(target, QJsonValue(QJsonValue::Null));
    QString s;
    return m_f.text(v, path, s) && set(target, s);
}

bool FieldPatchReader::oneOf(const OrderedJson& v, const QString& path, const FieldPath& target,
                             const QStringList& allowed)
{
    QString s;
    return m_f.oneOf(v, path, allowed, s) && set(target, s);
}

bool FieldPatchReader::flag(const OrderedJson& v, const QString& path, const FieldPath& target, bool nullable)
{
    if (nullable && v.isNull()) return set(target, QJsonValue(QJsonValue::Null));
    bool b = false;
    return m_f.flag(v, path, b) && set(target, b);
}

bool FieldPatchReader::number(const OrderedJson& v, const QString& path, const FieldPath& target,
                              bool nullable)
{
    std::optional<double> n;
    if (!m_f.number(v, path, n, nullable)) return false;
    return set(target, n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null));
}

bool FieldPatchReader::entityIds(const OrderedJson& v, const QString& path, const FieldPath& target)
{
    QStringList ids;
    if (!ReportJsonReader::readEntityIds(v, path, m_context, m_f, ids)) return false;
    return set(target, QJsonArray::fromStringList(ids));
}

} // namespace cpc
