#include "import/NumberParser.h"

#include <cmath>

namespace cpc {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Takes off what surrounds the figure itself: spaces, a sign, a currency sign, a percent sign and an
// exponent. Returns false when what is left cannot be a number at all.
struct Pieces {
    bool negative = false;
    QString mantissa;
    int exponent = 0;
};

bool split(const QString& text, Pieces& p)
{
    QString s = text.trimmed();
    if (s.endsWith(QLatin1Char('%'))) s = s.chopped(1).trimmed();
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))) {
        p.negative = true;
        s = s.mid(1).trimmed();
    } else if (s.startsWith(QLatin1Char('+'))) {
        s = s.mid(1).trimmed();
    }
    if (s.startsWith(QLatin1Char('$'))) s = s.mid(1).trimmed();
    const qsizetype e = s.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    if (e >= 0) {
        QString exp = s.mid(e + 1);
        s.truncate(e);
        bool expNegative = false;
        if (exp.startsWith(QLatin1Char('+')) || exp.startsWith(QLatin1Char('-'))) {
            expNegative = exp.startsWith(QLatin1Char('-'));
            exp = exp.mid(1);
        }
        if (exp.isEmpty() || exp.size() > 3) return false;
        for (QChar c : exp)
            if (!isDigit(c)) return false;
        p.exponent = exp.toInt() * (expNegative ? -1 : 1);
    }
    if (s.isEmpty()) return false;
    for (QChar c : s)
        if (!isDigit(c) && c != QLatin1Char('.') && c != QLatin1Char(',') && !c.isSpace()) return false;
    p.mantissa = s;
    return true;
}

} // namespace

std::optional<double> NumberParser::parse(const QString& text) const
{
    Pieces p;
    if (!split(text, p)) return std::nullopt;
    const QChar dec = m_decimal == Decimal::Comma ? QLatin1Char(',') : QLatin1Char('.');
    const QChar group = m_decimal == Decimal::Comma ? QLatin1Char('.') : QLatin1Char(',');

    const qsizetype d = p.mantissa.indexOf(dec);
    const QString whole = d >= 0 ? p.mantissa.left(d) : p.mantissa;
    const QString fraction = d >= 0 ? p.mantissa.mid(d + 1) : QString();
    if (d >= 0 && fraction.isEmpty()) return std::nullopt;
    for (QChar c : fraction)
        if (!isDigit(c)) return std::nullopt;

    // The whole part: digit groups split by the grouping mark or spaces; every group but the first has
    // exactly three digits, so that "12.5" in a decimal-comma file is refused rather than read as 125.
    QString digits;
    int groupLength = 0;
    bool grouped = false;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const QChar c = whole.at(i);
        if (isDigit(c)) {
            digits.append(c);
            ++groupLength;
            if (grouped && groupLength > 3) return std::nullopt;
            continue;
        }
        if (c != group && !c.isSpace()) return std::nullopt;
        if (groupLength == 0 || (grouped && groupLength != 3) || (!grouped && groupLength > 3))
            return std::nullopt;
        grouped = true;
        groupLength = 0;
    }
    if (grouped && groupLength != 3) return std::nullopt;
    if (digits.isEmpty() && fraction.isEmpty()) return std::nullopt;

    QString plain = (digits.isEmpty() ? QStringLiteral("0") : digits);
    if (!fraction.isEmpty()) plain += QLatin1Char('.') + fraction;
    if (p.exponent) plain += QLatin1Char('e') + QString::number(p.exponent);
    bool ok = false;
    const double v = plain.toDouble(&ok);
    if (!ok || !std::isfinite(v)) return std::nullopt;
    return p.negative ? -v : v;
}

std::optional<NumberParser::Decimal> NumberParser::evidence(const QString& text)
{
    Pieces p;
    if (!split(text, p)) return std::nullopt;
    const QString s = p.mantissa;
    const qsizetype lastPoint = s.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = s.lastIndexOf(QLatin1Char(','));
    if (lastPoint >= 0 && lastComma >= 0) return lastComma > lastPoint ? Decimal::Comma : Decimal::Point;
    if (lastPoint < 0 && lastComma < 0) return std::nullopt;
    const QChar mark = lastPoint >= 0 ? QLatin1Char('.') : QLatin1Char(',');
    const Decimal markIsDecimal = mark == QLatin1Char('.') ? Decimal::Point : Decimal::Comma;
    const Decimal markIsGroup = mark == QLatin1Char('.') ? Decimal::Comma : Decimal::Point;
    if (s.count(mark) > 1) return markIsGroup;
    const qsizetype at = s.indexOf(mark);
    const QString before = s.left(at).trimmed();
    const qsizetype after = s.size() - at - 1;
    if (after != 3 || before.isEmpty() || before == QLatin1String("0")) return markIsDecimal;
    if (before.size() > 3) return markIsDecimal; // "1234,567" cannot be grouped
    return std::nullopt;                         // "1.234": either
}

NumberParser::Decimal NumberParser::decide(const QStringList& cells, Decimal fallback)
{
    int point = 0, comma = 0;
    for (const QString& c : cells) {
        if (const auto e = evidence(c)) (*e == Decimal::Point ? point : comma)++;
    }
    if (point == comma) return fallback;
    return point > comma ? Decimal::Point : Decimal::Comma;
}

} // namespace cpc
