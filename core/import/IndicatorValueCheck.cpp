#include "import/IndicatorValueCheck.h"

#include "util/Limits.h"

#include <QLocale>
#include <cmath>

namespace cpc {

namespace {
QString shown(double v)
{
    return QString::number(v, 'g', 15);
}
} // namespace

QString IndicatorValueCheck::problem(const Indicator& ind, double value)
{
    if (!std::isfinite(value)) return tr("this is not a number (infinite or undefined)");
    if (std::abs(value) > Limits::kMaxNumber)
        return tr("the number is too large (at most %1 in size)")
            .arg(QLocale(QLocale::English).toString(Limits::kMaxNumber, 'f', 0));
    if (ind.unit == Unit::Count) {
        if (value < 0)
            return tr("%1 is negative: indicator %2 counts, and a count cannot be below 0")
                .arg(shown(value), ind.id);
        if (value != std::floor(value))
            return tr("%1 is not a whole number: indicator %2 counts, and a count is whole")
                .arg(shown(value), ind.id);
    } else if (ind.unit == Unit::Percent && (value < 0 || value > 100)) {
        return tr("%1 is outside 0 to 100: indicator %2 is a percentage").arg(shown(value), ind.id);
    }
    return QString();
}

QString IndicatorValueCheck::yearProblem(int year)
{
    if (year >= 1 && year <= Limits::kLastPartnershipYear) return QString();
    return tr("year %1 is outside the partnership: reporting years go from 1 to %2 (five years from signing "
              "and an extension of up to five)")
        .arg(year)
        .arg(Limits::kLastPartnershipYear);
}

} // namespace cpc
