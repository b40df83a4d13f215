#include "pdf/NumberFormat.h"

#include <cmath>

namespace cpc {

namespace {

constexpr char16_t kThinNoBreak = 0x202F;
constexpr char16_t kNoBreak = 0x00A0;

// The decimals a figure needs once rounded to two: none, one or two.
int decimalsOf(double v)
{
    const double r = std::round(v * 100) / 100;
    if (std::fabs(r - std::round(r)) < 1e-9) return 0;
    return std::fabs(r * 10 - std::round(r * 10)) > 1e-9 ? 2 : 1;
}

} // namespace

QString NumberFormat::group(const QString& digits) const
{
    // English and Colombian usage group every number from four digits (1,234 / 1.234); the shared
    // convention from five, as ISO 80000-1 and the RAE do, so that 2022 or 1024 read as one word.
    const qsizetype from = m_convention == Convention::Shared ? 5 : 4;
    if (digits.size() < from) return digits;
    const QChar sep = m_convention == Convention::English   ? QChar(QLatin1Char(','))
                      : m_convention == Convention::Spanish ? QChar(QLatin1Char('.'))
                                                            : QChar(kThinNoBreak);
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
        out += digits.at(i);
    }
    return out;
}

QString NumberFormat::fixed(double v, int decimals) const
{
    if (!std::isfinite(v)) return QStringLiteral("—");
    const QString plain = QString::number(std::fabs(v), 'f', decimals);
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    QString out = group(point < 0 ? plain : plain.left(point));
    if (point >= 0)
        out += (m_convention == Convention::Shared    ? decimalMark()
                : m_convention == Convention::English ? QChar(QLatin1Char('.'))
                                                      : QChar(QLatin1Char(','))) +
               plain.mid(point + 1);
    // No "-0" for a figure that rounds to zero.
    const bool zero = std::round(std::fabs(v) * std::pow(10.0, decimals)) == 0;
    return v < 0 && !zero ? QLatin1Char('-') + out : out;
}

QString NumberFormat::number(double v) const
{
    return fixed(v, std::isfinite(v) ? decimalsOf(v) : 0);
}

QString NumberFormat::percentSign() const
{
    return m_convention == Convention::English ? QStringLiteral("%")
                                               : QString(QChar(kNoBreak)) + QLatin1Char('%');
}

QString NumberFormat::percent(double v) const
{
    if (!std::isfinite(v)) return QStringLiteral("—");
    return fixed(v, 1) + percentSign();
}

NumberFormat::Scale NumberFormat::scaleFor(double largest, Unit unit)
{
    return isCurrency(unit) && std::isfinite(largest) && std::fabs(largest) >= 1e6 ? Scale::Millions
                                                                                   : Scale::Units;
}

int NumberFormat::decimalsNeeded(double v)
{
    return std::isfinite(v) ? decimalsOf(v) : 0;
}

QString NumberFormat::bare(double v, Unit unit, Scale scale, int decimals) const
{
    if (unit == Unit::Percent) return percent(v);
    if (scale == Scale::Millions) return fixed(v / divisor(scale), 1);
    if (unit == Unit::CurrencyCop) return fixed(std::round(v), 0);
    if (isCurrency(unit)) return fixed(v, (decimals < 0 ? decimalsOf(v) : decimals) == 0 ? 0 : 2);
    return decimals < 0 ? number(v) : fixed(v, std::min(decimals, 2));
}

QString NumberFormat::value(double v, Unit unit, Scale scale, int decimals) const
{
    if (!std::isfinite(v)) return QStringLiteral("—");
    if (!isCurrency(unit)) return bare(v, unit, scale, decimals);
    const QString code = unit == Unit::CurrencyCop ? QStringLiteral("COP") : QStringLiteral("US$");
    const QString figure = bare(v, unit, scale, decimals);
    const QChar nb(kNoBreak);
    if (scale == Scale::Units || m_convention == Convention::Shared) return code + nb + figure;
    // The figure keeps its currency; the scale word may wrap to the next line.
    if (m_convention == Convention::English) return code + nb + figure + QStringLiteral(" million");
    return figure + nb + QStringLiteral("millones de ") + code;
}

} // namespace cpc
