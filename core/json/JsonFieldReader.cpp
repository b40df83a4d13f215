#include "json/JsonFieldReader.h"

#include "model/MarkdownLinks.h"
#include "util/Limits.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <cmath>

namespace cpc {

bool JsonFieldReader::fail(const QString& path, const QString& message)
{
    if (!m_error.message.isEmpty()) return false;
    if (m_fileName.isEmpty())
        m_error = Error{message, path};
    else if (path.isEmpty())
        m_error = Error{message, m_fileName};
    else
        m_error = Error{message, m_fileName + QStringLiteral(": ") + path};
    return false;
}

QStringList JsonFieldReader::keys(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* name : names)
        out << QString::fromLatin1(name);
    return out;
}

QString JsonFieldReader::member(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFieldReader::index(const QString& path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString JsonFieldReader::mapKey(const QString& path, const QString& key)
{
    QString k = key;
    k.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return path + QLatin1String("[\"") + k + QLatin1String("\"]");
}

const OrderedJson& JsonFieldReader::at(const OrderedJson& object, QStringView key)
{
    static const OrderedJson absent;
    const OrderedJson* v = object.find(key);
    return v ? *v : absent;
}

QString JsonFieldReader::typeName(const OrderedJson& v)
{
    switch (v.type()) {
    case OrderedJson::Type::Null:
        return tr("null");
    case OrderedJson::Type::Bool:
        return tr("true/false");
    case OrderedJson::Type::Number:
        return tr("a number");
    case OrderedJson::Type::String:
        return tr("a text");
    case OrderedJson::Type::Array:
        return tr("a list");
    case OrderedJson::Type::Object:
        return tr("an object");
    }
    return QString();
}

const OrderedJson& JsonFieldReader::at(const OrderedJson& object, QLatin1StringView key)
{
    static const OrderedJson absent;
    const OrderedJson* v = object.find(key);
    return v ? *v : absent;
}

bool JsonFieldReader::object(const OrderedJson& v, const QString& path, const QStringList& allowed,
                             const QStringList& required)
{
    if (!v.isObject()) return fail(path, tr("expected an object {...}, found %1").arg(typeName(v)));
    const auto& members = v.members();
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QString& key = members[i].first;
        if (!allowed.contains(key))
            return fail(
                member(path, key),
                tr("unknown field '%1'; expected one of: %2").arg(key, allowed.join(QStringLiteral(", "))));
        for (qsizetype j = 0; j < i; ++j)
            if (members[j].first == key)
                return fail(member(path, key), tr("the field '%1' appears twice").arg(key));
    }
    for (const QString& key : required)
        if (!v.find(key)) return fail(member(path, key), tr("the required field '%1' is missing").arg(key));
    return true;
}

bool JsonFieldReader::array(const OrderedJson& v, const QString& path)
{
    if (!v.isArray()) return fail(path, tr("expected a list [...], found %1").arg(typeName(v)));
    if (v.elements().size() > Limits::kMaxListLength)
        return fail(path, tr("the list has %1 entries; at most %2 are allowed")
                              .arg(v.elements().size())
                              .arg(Limits::kMaxListLength));
    return true;
}

bool JsonFieldReader::checkText(const QString& s, const QString& path)
{
    if (const qsizetype n = Limits::characters(s); n > Limits::kMaxTextLength)
        return fail(
            path,
            tr("the text has %1 characters; at most %2 are allowed").arg(n).arg(Limits::kMaxTextLength));
    // Control characters and broken surrogate pairs (from \u escapes) would print as garbage in the PDF.
    const QChar* d = s.constData();
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = d[i].unicode();
        if (c < 0x20 && c != u'\n' && c != u'\t' && c != u'\r')
            return fail(path, tr("the text contains the control character U+%1 at character %2")
                                  .arg(int(c), 4, 16, QLatin1Char('0'))
                                  .arg(i + 1));
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(d[i + 1].unicode())) {
            ++i;
        } else if (QChar::isSurrogate(c)) {
            return fail(path, tr("the text contains half of a surrogate pair at character %1").arg(i + 1));
        }
    }
    if (const auto link = MarkdownLinks::firstLongerThan(s, Limits::kMaxLinkLength))
        return fail(path, tr("the link at character %1 has %2 characters; a link can have at most %3")
                              .arg(link->at + 1)
                              .arg(link->length)
                              .arg(Limits::kMaxLinkLength));
    return true;
}

bool JsonFieldReader::text(const OrderedJson& v, const QString& path, QString& out)
{
    if (!v.isString()) return fail(path, tr("expected a text \"...\", found %1").arg(typeName(v)));
    if (!checkText(v.toString(), path)) return false;
    out = v.toString();
    return true;
}

bool JsonFieldReader::label(const OrderedJson& v, const QString& path, QString& out)
{
    if (!v.isString()) return fail(path, tr("expected a text \"...\", found %1").arg(typeName(v)));
    const QString& s = v.toString();
    if (s.trimmed().isEmpty()) return fail(path, tr("expected a non-empty text"));
    if (Limits::characters(s) > Limits::kMaxIdLength)
        return fail(path, tr("this name is longer than %1 characters").arg(Limits::kMaxIdLength));
    if (!checkText(s, path)) return false;
    if (s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\t')))
        return fail(path, tr("an id or name cannot contain line breaks or tabs"));
    out = s;
    return true;
}

bool JsonFieldReader::oneOf(const OrderedJson& v, const QString& path, const QStringList& allowed,
                            QString& out)
{
    if (!v.isString() || !allowed.contains(v.toString()))
        return fail(path, tr("expected one of: %1").arg(allowed.join(QStringLiteral(", "))));
    out = v.toString();
    return true;
}

bool JsonFieldReader::integer(const OrderedJson& v, const QString& path, int min, int max, int& out)
{
    const double d = v.toDouble();
    if (!v.isNumber() || !std::isfinite(d) || d != std::floor(d) || d < min || d > max)
        return fail(path, tr("expected a whole number from %1 to %2").arg(min).arg(max));
    out = int(d);
    return true;
}

bool JsonFieldReader::number(const OrderedJson& v, const QString& path, std::optional<double>& out,
                             bool nullable)
{
    if (nullable && v.isNull()) {
        out.reset();
        return true;
    }
    if (!v.isNumber())
        return fail(path, nullable ? tr("expected a number or null, found %1").arg(typeName(v))
                                   : tr("expected a number, found %1").arg(typeName(v)));
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::fabs(d) > Limits::kMaxNumber)
        return fail(path, tr("expected a number of at most %L1 in size").arg(Limits::kMaxNumber, 0, 'f', 0));
    out = d;
    return true;
}

bool JsonFieldReader::flag(const OrderedJson& v, const QString& path, bool& out)
{
    if (!v.isBool()) return fail(path, tr("expected true or false, found %1").arg(typeName(v)));
    out = v.toBool();
    return true;
}

bool JsonFieldReader::date(const OrderedJson& v, const QString& path, QString& out)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString s = v.toString();
    if (!v.isString() || !shape.match(s).hasMatch()) return fail(path, tr("expected a date as YYYY-MM-DD"));
    if (!QDate::fromString(s, Qt::ISODate).isValid())
        return fail(path, tr("the date %1 does not exist").arg(s));
    out = s;
    return true;
}

bool JsonFieldReader::timestamp(const OrderedJson& v, const QString& path, QString& out)
{
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QString s = v.toString();
    if (!v.isString() || !shape.match(s).hasMatch() || !QDateTime::fromString(s, Qt::ISODateWithMs).isValid())
        return fail(path, tr("expected a date and time in ISO 8601 form, e.g. 2023-08-01T10:00:00Z"));
    out = s;
    return true;
}

bool JsonFieldReader::year(const QString& key, const QString& mapPath, int& out)
{
    bool ok = false;
    const int y = key.toInt(&ok);
    if (!ok || y < 1 || y > Limits::kMaxYear || QString::number(y) != key)
        return fail(mapKey(mapPath, key),
                    tr("expected a reporting year from \"1\" to \"%1\" as the key").arg(Limits::kMaxYear));
    out = y;
    return true;
}

bool JsonFieldReader::labels(const OrderedJson& v, const QString& path, const QStringList& allowed,
                             QStringList& out)
{
    if (!array(v, path)) return false;
    QStringList list;
    list.reserve(v.elements().size());
    for (qsizetype i = 0; i < v.elements().size(); ++i) {
        QString s;
        const QString p = index(path, i);
        if (allowed.isEmpty() ? !label(v.elements()[i], p, s) : !oneOf(v.elements()[i], p, allowed, s))
            return false;
        if (list.contains(s)) return fail(p, tr("'%1' appears twice in the list").arg(s));
        list << s;
    }
    out = list;
    return true;
}

bool JsonFieldReader::biText(const OrderedJson& v, const QString& path, BiText& out)
{
    static const QStringList fields{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("stale"),
                                    QStringLiteral("previous")};
    if (!object(v, path, fields)) return false;
    QString en, es, prevEn, prevEs;
    if (has(v, u"en") && !text(at(v, u"en"), member(path, QStringLiteral("en")), en)) return false;
    if (has(v, u"es") && !text(at(v, u"es"), member(path, QStringLiteral("es")), es)) return false;
    BiText t(en, es);
    // A document carries no edit history: every side it gives is current unless it says otherwise. An
    // absent or empty text keeps the default bookkeeping, so that it equals a text never written.
    const qint64 enRev = en.isEmpty() ? 0 : 1, esRev = es.isEmpty() ? 0 : 1;
    t.setBookkeeping(enRev, esRev, esRev, enRev);
    if (has(v, u"stale")) {
        const QString p = member(path, QStringLiteral("stale"));
        QStringList sides;
        if (!labels(at(v, u"stale"), p, {QStringLiteral("en"), QStringLiteral("es")}, sides)) return false;
        if (sides.size() > 1) return fail(p, tr("only one side of a text can be stale"));
        for (const QString& side : sides) {
            if (en.isEmpty() || es.isEmpty())
                return fail(p, tr("a side can be stale only when both sides have text"));
            t.markStale(*languageFromCode(side));
        }
    }
    if (has(v, u"previous")) {
        const QString p = member(path, QStringLiteral("previous"));
        const OrderedJson& prev = at(v, u"previous");
        if (!object(prev, p, {QStringLiteral("en"), QStringLiteral("es")})) return false;
        if (has(prev, u"en") && !text(at(prev, u"en"), member(p, QStringLiteral("en")), prevEn)) return false;
        if (has(prev, u"es") && !text(at(prev, u"es"), member(p, QStringLiteral("es")), prevEs)) return false;
        t.setPrevious(prevEn, prevEs);
    }
    out = t;
    return true;
}

} // namespace cpc
