#include "json/JsonTextWriter.h"

#include <QLocale>
#include <cmath>

namespace cpc {

QByteArray JsonTextWriter::write(const OrderedJson& value)
{
    JsonTextWriter w;
    w.m_out.reserve(1 << 16);
    w.value(value, 0);
    w.m_out.append('\n');
    return w.m_out;
}

QByteArray JsonTextWriter::number(double v)
{
    // JSON has no NaN or infinity; the readers never let them into a report.
    if (!std::isfinite(v)) return QByteArrayLiteral("null");
    // Below 2^53 a whole double is an exact integer: write it as one ("35", not "35.0" or "3.5e+01").
    if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) return QByteArray::number(qint64(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest).toLatin1();
}

void JsonTextWriter::newline(int depth)
{
    m_out.append('\n');
    m_out.append(QByteArray(depth * 2, ' '));
}

void JsonTextWriter::value(const OrderedJson& v, int depth)
{
    switch (v.type()) {
    case OrderedJson::Type::Null:
        m_out.append("null");
        return;
    case OrderedJson::Type::Bool:
        m_out.append(v.toBool() ? "true" : "false");
        return;
    case OrderedJson::Type::Number:
        m_out.append(number(v.toDouble()));
        return;
    case OrderedJson::Type::String:
        string(v.toString());
        return;
    case OrderedJson::Type::Array: {
        m_out.append('[');
        bool first = true;
        for (const OrderedJson& e : v.elements()) {
            if (!first) m_out.append(',');
            first = false;
            newline(depth + 1);
            value(e, depth + 1);
        }
        if (!first) newline(depth);
        m_out.append(']');
        return;
    }
    case OrderedJson::Type::Object: {
        m_out.append('{');
        bool first = true;
        for (const OrderedJson::Member& m : v.members()) {
            if (!first) m_out.append(',');
            first = false;
            newline(depth + 1);
            string(m.first);
            m_out.append(": ");
            value(m.second, depth + 1);
        }
        if (!first) newline(depth);
        m_out.append('}');
        return;
    }
    }
}

void JsonTextWriter::string(const QString& s)
{
    static const char hex[] = "0123456789abcdef";
    m_out.append('"');
    // Only what JSON requires is escaped; everything else is copied through as UTF-8 in runs.
    qsizetype runStart = 0;
    const qsizetype n = s.size();
    const QChar* d = s.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\') continue;
        if (i > runStart) m_out.append(QStringView(d + runStart, i - runStart).toUtf8());
        runStart = i + 1;
        switch (c) {
        case u'"':
            m_out.append("\\\"");
            break;
        case u'\\':
            m_out.append("\\\\");
            break;
        case u'\n':
            m_out.append("\\n");
            break;
        case u'\r':
            m_out.append("\\r");
            break;
        case u'\t':
            m_out.append("\\t");
            break;
        case u'\b':
            m_out.append("\\b");
            break;
        case u'\f':
            m_out.append("\\f");
            break;
        default:
            m_out.append("\\u00");
            m_out.append(hex[(c >> 4) & 0xf]);
            m_out.append(hex[c & 0xf]);
        }
    }
    if (n > runStart) m_out.append(QStringView(d + runStart, n - runStart).toUtf8());
    m_out.append('"');
}

} // namespace cpc
