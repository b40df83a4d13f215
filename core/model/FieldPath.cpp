#include "model/FieldPath.h"

namespace cpc {

FieldPath FieldPath::fromString(const QString& text)
{
    QStringList segs;
    for (QString s : text.split(QLatin1Char('/'))) {
        s.replace(QLatin1String("%2F"), QLatin1String("/"), Qt::CaseInsensitive);
        s.replace(QLatin1String("%25"), QLatin1String("%"));
        segs << s;
    }
    return FieldPath(segs);
}

QString FieldPath::toString() const
{
    QStringList out;
    out.reserve(m_segments.size());
    for (QString s : m_segments) {
        s.replace(QLatin1String("%"), QLatin1String("%25"));
        s.replace(QLatin1String("/"), QLatin1String("%2F"));
        out << s;
    }
    return out.join(QLatin1Char('/'));
}

FieldPath FieldPath::child(const QString& segment) const
{
    QStringList s = m_segments;
    s << segment;
    return FieldPath(s);
}

FieldPath FieldPath::parent() const
{
    QStringList s = m_segments;
    if (!s.isEmpty()) s.removeLast();
    return FieldPath(s);
}

bool FieldPath::startsWith(const FieldPath& prefix) const
{
    if (prefix.size() > size()) return false;
    for (int i = 0; i < prefix.size(); ++i)
        if (m_segments[i] != prefix.m_segments[i]) return false;
    return true;
}

} // namespace cpc
