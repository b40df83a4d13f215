#include "common/UnitFormat.h"

#include <QRegularExpression>
#include <cmath>

namespace cpc {

namespace {

// Counts are whole; other figures keep the decimals they have, up to two.
QString plain(double value, const QLocale& locale, bool group)
{
    QLocale l = locale;
    l.setNumberOptions(group ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    const double rounded = std::round(value * 100) / 100;
    QString s = l.toString(rounded, 'f', 2);
    const QString point = l.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point)) s.chop(point.size());
    }
    return s;
}

} // namespace

QString UnitFormat::format(double value, Unit unit, const QLocale& locale)
{
    const QString n = plain(value, locale, true);
    if (unit == Unit::Percent) return n + QStringLiteral("\u00a0%");
    if (unit == Unit::CurrencyUsd) return QStringLiteral("US$\u00a0") + n;
    if (unit == Unit::CurrencyCop) return QStringLiteral("COP\u00a0") + n;
    return n;
}

QString UnitFormat::editText(double value, const QLocale& locale)
{
    return plain(value, locale, false);
}

std::optional<double> UnitFormat::parse(const QString& text, const QLocale& locale)
{
    static const QRegularExpression unitSigns(QStringLiteral("(US\\$|COP|\\$|%|\\s|\u00a0)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString t = text;
    t.remove(unitSigns);
    if (t.isEmpty()) return std::nullopt;
    bool ok = false;
    double v = locale.toDouble(t, &ok);
    if (!ok) return std::nullopt;
    if (!std::isfinite(v)) return std::nullopt;
    return v;
}

QString UnitFormat::percent(double value, const QLocale& locale)
{
    return locale.toString(value, 'f', 1) + QStringLiteral("\u00a0%");
}

QString UnitFormat::unitName(Unit unit)
{
    switch (unit) {
    case Unit::Count:
        return tr("Count");
    case Unit::Percent:
        return tr("Percentage");
    case Unit::CurrencyUsd:
        return tr("US dollars");
    case Unit::CurrencyCop:
        return tr("Colombian pesos");
    case Unit::Index:
        return tr("Index");
    }
    return unitId(unit);
}

QString UnitFormat::directionName(const QString& direction)
{
    if (direction == QLatin1String("increase")) return tr("Higher is better");
    if (direction == QLatin1String("decrease")) return tr("Lower is better");
    return direction;
}

QString UnitFormat::progressName(const QString& statusId)
{
    if (statusId == QLatin1String("no_target")) return tr("No target");
    if (statusId == QLatin1String("not_reported")) return tr("Not reported");
    if (statusId == QLatin1String("achieved")) return tr("Achieved");
    if (statusId == QLatin1String("on_track")) return tr("On track");
    if (statusId == QLatin1String("off_track")) return tr("Off track");
    return statusId;
}

} // namespace cpc
