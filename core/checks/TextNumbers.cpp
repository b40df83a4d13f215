#include "checks/TextNumbers.h"

#include <QRegularExpression>
#include <cmath>

namespace cpc {

namespace {

bool same(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
}

double parse(QString digits, QChar thousands, QChar decimal)
{
    if (!thousands.isNull()) digits.remove(thousands);
    if (!decimal.isNull()) digits.replace(decimal, u'.');
    return digits.toDouble();
}

} // namespace

QList<double> TextNumbers::readings(const QString& raw)
{
    QString token = raw;
    token.remove(QChar(0x00A0)).remove(QChar(0x202F));
    const qsizetype commas = token.count(u','), dots = token.count(u'.');
    if (commas == 0 && dots == 0) return {token.toDouble()};
    if (commas > 0 && dots > 0) {
        // Both separators: the last one is the decimal mark.
        const bool commaDecimal = token.lastIndexOf(u',') > token.lastIndexOf(u'.');
        return {commaDecimal ? parse(token, u'.', u',') : parse(token, u',', u'.')};
    }
    const QChar sep = commas > 0 ? QChar(u',') : QChar(u'.');
    if (commas + dots > 1) return {parse(token, sep, QChar())}; // 1.234.567: grouping only
    const qsizetype after = token.size() - token.indexOf(sep) - 1;
    QList<double> r{parse(token, QChar(), sep)};
    if (after == 3) r << parse(token, sep, QChar()); // 2,500 or 2.500: a thousand, or two and a half
    return r;
}

QList<TextNumbers::Figure> TextNumbers::find(const QString& text)
{
    // Digits in groups joined by single separators; a trailing "." or "," (end of sentence) is not part.
    // A no-break space may group thousands ("1 234", Spanish typography); an ordinary space may not, as it
    // separates figures ("en 2022 150 niños").
    static const QRegularExpression number(
        QStringLiteral(R"((?<![\d.,])\d+(?:(?:[.,]|[\x{00A0}\x{202F}](?=\d{3}(?!\d)))\d+)*)"));
    QList<Figure> out;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Figure f;
        f.start = int(m.capturedStart());
        f.length = int(m.capturedLength());
        f.text = m.captured();
        f.readings = readings(f.text);
        out << f;
    }
    return out;
}

bool TextNumbers::hasMatch(const Figure& f, const QList<Figure>& others)
{
    for (const Figure& o : others)
        for (double a : f.readings)
            for (double b : o.readings)
                if (same(a, b)) return true;
    return false;
}

} // namespace cpc
