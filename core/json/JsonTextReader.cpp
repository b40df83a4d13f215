#include "json/JsonTextReader.h"

#include "util/Limits.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cctype>
#include <charconv>
#include <cmath>

namespace cpc {

namespace {

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the valid UTF-8 sequence at p, or 0 when it is not valid (overlong forms, surrogates and
// values beyond U+10FFFF included).
int utf8SequenceLength(const uchar* p, const uchar* end)
{
    const uchar c = p[0];
    if (c < 0x80) return 1;
    int n = 0;
    uchar lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (end - p < n) return 0;
    if (p[1] < lo || p[1] > hi) return 0;
    for (int i = 2; i < n; ++i)
        if (!isContinuation(p[i])) return 0;
    return n;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 0;
}

} // namespace

QString JsonTextReader::place(const QByteArray& bytes, qsizetype offset, const QString& fileName)
{
    offset = qBound(qsizetype(0), offset, bytes.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1; // in characters, as editors count them
    for (qsizetype i = lineStart; i < offset; ++i)
        if (!isContinuation(uchar(bytes[i]))) ++column;
    if (fileName.isEmpty()) return tr("line %1, column %2").arg(line).arg(column);
    // Words rather than file:line:column: the people who read this are not programmers.
    return tr("%1, line %2, column %3").arg(fileName).arg(line).arg(column);
}

Result<OrderedJson> JsonTextReader::parse(const QByteArray& input, const QString& fileName)
{
    if (input.size() > Limits::kMaxJsonBytes)
        return Error{tr("the file is %1 MB; a report document can be at most %2 MB")
                         .arg(double(input.size()) / (1 << 20), 0, 'f', 1)
                         .arg(Limits::kMaxJsonBytes >> 20),
                     fileName};
    // Windows editors start UTF-8 files with a byte order mark; it is not part of the JSON.
    const qsizetype bom = input.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray bytes = bom ? input.mid(bom) : input;
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("the file is empty; expected a cpcreport-json document"), fileName};
    if (trimmed[0] != '{' && trimmed[0] != '[')
        return Error{tr("this is not a JSON document; expected an object {...}"), fileName};

    // One pass checks the encoding and the nesting depth before any parser recurses into the text.
    const uchar* const begin = reinterpret_cast<const uchar*>(bytes.constData());
    const uchar* const end = begin + bytes.size();
    int depth = 0;
    bool inString = false;
    for (const uchar* p = begin; p < end;) {
        const uchar c = *p;
        if (c >= 0x80) {
            const int n = utf8SequenceLength(p, end);
            if (n == 0) {
                const qsizetype offset = p - begin;
                return Error{
                    tr("the file is not UTF-8 text (invalid byte at offset %1); save it with the UTF-8 "
                       "encoding")
                        .arg(offset + bom),
                    place(bytes, offset, fileName)};
            }
            p += n;
            continue;
        }
        if (inString) {
            if (c == '\\')
                ++p;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > Limits::kMaxJsonDepth)
                return Error{tr("the JSON is nested more than %1 levels deep").arg(Limits::kMaxJsonDepth),
                             place(bytes, p - begin, fileName)};
        } else if (c == '}' || c == ']') {
            --depth;
        }
        ++p;
    }

    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports the offset after what it could not use, often past a line break; point at the last
        // character it read instead, which is where people look.
        qsizetype offset = qMin(qsizetype(error.offset), bytes.size());
        while (offset > 0 && std::isspace(uchar(bytes[offset - 1])))
            --offset;
        if (offset > 0) --offset;
        return Error{tr("this is not valid JSON: %1").arg(error.errorString()),
                     place(bytes, offset, fileName)};
    }

    JsonTextReader reader(bytes);
    return reader.value();
}

void JsonTextReader::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

OrderedJson JsonTextReader::value()
{
    skipSpace();
    if (m_p >= m_end) return OrderedJson(); // cannot happen after Qt's check; never read past the end
    const char c = *m_p;
    if (c == '{') {
        ++m_p;
        OrderedJson o = OrderedJson::object();
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return o;
        }
        while (m_p < m_end) {
            skipSpace();
            QString key = string();
            skipSpace();
            if (m_p < m_end) ++m_p; // ':'
            o.insert(key, value());
            skipSpace();
            if (m_p < m_end && *m_p++ == '}') return o; // otherwise ','
        }
        return o;
    }
    if (c == '[') {
        ++m_p;
        OrderedJson a = OrderedJson::array();
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return a;
        }
        while (m_p < m_end) {
            a.append(value());
            skipSpace();
            if (m_p < m_end && *m_p++ == ']') return a;
        }
        return a;
    }
    if (c == '"') return OrderedJson(string());
    if (c == 't') {
        m_p = qMin(m_p + 4, m_end);
        return OrderedJson(true);
    }
    if (c == 'f') {
        m_p = qMin(m_p + 5, m_end);
        return OrderedJson(false);
    }
    if (c == 'n') {
        m_p = qMin(m_p + 4, m_end);
        return OrderedJson();
    }
    return number();
}

QString JsonTextReader::string()
{
    if (m_p < m_end) ++m_p; // opening quote
    const char* run = m_p;
    while (m_p < m_end && *m_p != '"' && *m_p != '\\')
        ++m_p;
    if (m_p >= m_end || *m_p == '"') { // the common case: no escapes
        QString s = QString::fromUtf8(run, m_p - run);
        if (m_p < m_end) ++m_p;
        return s;
    }
    QString s = QString::fromUtf8(run, m_p - run);
    while (m_p < m_end && *m_p != '"') {
        if (*m_p != '\\') {
            run = m_p;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\')
                ++m_p;
            s += QString::fromUtf8(run, m_p - run);
            continue;
        }
        if (m_end - m_p < 2) break;
        ++m_p;
        const char e = *m_p++;
        switch (e) {
        case 'n':
            s += QLatin1Char('\n');
            break;
        case 't':
            s += QLatin1Char('\t');
            break;
        case 'r':
            s += QLatin1Char('\r');
            break;
        case 'b':
            s += QLatin1Char('\b');
            break;
        case 'f':
            s += QLatin1Char('\f');
            break;
        case 'u': {
            char16_t u = 0;
            for (int i = 0; i < 4 && m_p < m_end; ++i)
                u = char16_t(u * 16 + hexValue(*m_p++));
            s += QChar(u); // surrogate pairs arrive as two escapes and join up in UTF-16
            break;
        }
        default:
            s += QLatin1Char(e); // " \ /
        }
    }
    if (m_p < m_end) ++m_p;
    return s;
}

OrderedJson JsonTextReader::number()
{
    const char* start = m_p;
    while (m_p < m_end && (std::isdigit(uchar(*m_p)) || *m_p == '-' || *m_p == '+' || *m_p == '.' ||
                           *m_p == 'e' || *m_p == 'E'))
        ++m_p;
    if (m_p == start) { // not a number Qt accepted: skip it rather than loop
        ++m_p;
        return OrderedJson();
    }
    double d = 0;
    const auto r = std::from_chars(start, m_p, d);
    // A number too large for a double becomes infinite, which the readers refuse by name.
    if (r.ec == std::errc::result_out_of_range) {
        const QByteArrayView text(start, m_p - start);
        const bool tiny = text.contains("e-") || text.contains("E-");
        d = tiny ? 0.0 : (*start == '-' ? -HUGE_VAL : HUGE_VAL);
    }
    return OrderedJson(d);
}

} // namespace cpc
