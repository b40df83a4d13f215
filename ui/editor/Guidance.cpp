#include "editor/Guidance.h"

#include "common/UiLanguage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace cpc {

Guidance::Guidance(const QByteArray& templateJson)
{
    // A damaged or absent template only means no guidance; the report itself is not affected.
    if (!templateJson.isEmpty()) m_root = QJsonDocument::fromJson(templateJson).object();
}

QString Guidance::pick(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    return UiLanguage::pick(o.value(QStringLiteral("en")).toString(), o.value(QStringLiteral("es")).toString());
}

QJsonObject Guidance::templateSection(const Section& s) const
{
    const QJsonArray sections = m_root.value(QStringLiteral("sections")).toArray();
    for (const QJsonValue& v : sections)
        if (v.toObject().value(QStringLiteral("id")).toString() == s.id) return v.toObject();
    for (const QJsonValue& v : sections) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("kind")).toString() == s.kind &&
            o.value(QStringLiteral("objective")).toInt(0) == s.objective)
            return o;
    }
    return QJsonObject();
}

QString Guidance::forSection(const Section& s) const { return pick(templateSection(s).value(QStringLiteral("guidance"))); }
QString Guidance::forActivity() const { return pick(m_root.value(QStringLiteral("activity_guidance"))); }
QString Guidance::forIndicator() const { return pick(m_root.value(QStringLiteral("indicator_guidance"))); }

QString Guidance::suggestedLength(const Section& s) const
{
    const QJsonObject o = templateSection(s);
    const int min = o.value(QStringLiteral("min_words")).toInt(0);
    const int max = o.value(QStringLiteral("max_words")).toInt(0);
    const QLocale l;
    if (min > 0 && max > 0)
        return QCoreApplication::translate("cpc::Guidance", "%1–%2 words").arg(l.toString(min), l.toString(max));
    if (max > 0) return QCoreApplication::translate("cpc::Guidance", "at most %1 words").arg(l.toString(max));
    if (min > 0) return QCoreApplication::translate("cpc::Guidance", "at least %1 words").arg(l.toString(min));
    return QString();
}

} // namespace cpc
