#pragma once

#include "model/Language.h"
#include "model/Unit.h"

#include <QString>

namespace cpc {

// How the printed report writes a figure for one kind of reader.
//
// A text or table in one language follows that language: 1,024 and 108.7 in English, 1.024 and 108,7 in
// Colombian Spanish. The shared tables and charts of the parallel layout are read by both at once, and
// "1.024" is a thousand to one reader and one to the other; they follow the convention both read alike
// (ISO 80000-1, RAE 2010): digits grouped by a thin no-break space from five digits (10 000; 1024 stays
// whole) and one decimal mark for the document, which the report states once under its first shared table.
// No figure has more than two decimals, so a decimal mark is never followed by three digits and never
// reads as a thousands separator.
class NumberFormat {
public:
    enum class Convention { English, Spanish, Shared };
    // Amounts of money from a million are written in millions ("COP 1,234.6 million"): a column of
    // ten-digit pesos is unreadable, and "billion" is 10^9 to one reader and 10^12 (billón) to the other.
    enum class Scale { Units, Millions };

    static NumberFormat of(Language l)
    {
        return NumberFormat(l == Language::En ? Convention::English : Convention::Spanish, l);
    }
    // The shared convention with the decimal mark of `decimalsOf` (the language the report is drafted in).
    static NumberFormat shared(Language decimalsOf) { return NumberFormat(Convention::Shared, decimalsOf); }

    Convention convention() const { return m_convention; }
    bool isShared() const { return m_convention == Convention::Shared; }
    QChar decimalMark() const { return m_decimals == Language::En ? QLatin1Char('.') : QLatin1Char(','); }
    bool operator==(const NumberFormat& o) const
    {
        return m_convention == o.m_convention && m_decimals == o.m_decimals;
    }

    // Whole numbers without decimals, others with one or two (rounded to two).
    QString number(double v) const;
    // Exactly `decimals` decimals.
    QString fixed(double v, int decimals) const;
    // One decimal always, so that a column of percentages aligns: "95.0%" in English (no space, as US
    // style guides write it), "95,0 %" in Spanish and shared (a no-break space, as RAE and ISO write it).
    QString percent(double v) const;
    QString percentSign() const;

    // The scale an indicator's amounts are written in, from the largest of them.
    static Scale scaleFor(double largest, Unit unit);
    static double divisor(Scale s) { return s == Scale::Millions ? 1e6 : 1; }
    // A value in an indicator's unit (count, percent, currency_usd, currency_cop, index). Pesos are whole
    // (no centavos in public accounts); dollars carry cents only when they have them. Scaled amounts read
    // "COP 1,234.6 million" / "1.234,6 millones de COP"; in the shared convention the figure alone with
    // its currency ("COP 1 234,6"), the scale being named once in the unit (unitScale()).
    // `decimals` (0 to 2) writes every figure of a column alike (IndicatorOutline gives an indicator's
    // largest need); -1 lets each figure take what it needs. Percentages, pesos and scaled amounts keep
    // their own fixed decimals.
    QString value(double v, Unit unit, Scale scale, int decimals = -1) const;
    QString value(double v, Unit unit) const { return value(v, unit, scaleFor(v, unit)); }
    // The figure without its currency or scale words, for a chart whose axis names them; percentages keep %.
    QString bare(double v, Unit unit, Scale scale, int decimals = -1) const;
    // The decimals a figure needs once rounded to two: 0, 1 or 2.
    static int decimalsNeeded(double v);

private:
    NumberFormat(Convention c, Language decimals) : m_convention(c), m_decimals(decimals) {}
    QString group(const QString& digits) const;

    Convention m_convention;
    Language m_decimals;
};

} // namespace cpc
