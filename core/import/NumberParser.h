#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace cpc {

// Reads numbers as spreadsheets in Colombia and elsewhere write them: "1234", "1.234,5", "1,234.5",
// "12,5", "1 234", "-3", "45 %", "$ 1.200.000", "1,5E+03".
//
// The decimal mark is decided once per file, because one cell alone cannot tell whether "1.234" is a
// thousand and more or one and a fraction. decide() looks at every number of the file for unambiguous
// cells (two marks as in "1.234,5", a mark repeated as in "1.234.567", a mark not followed by exactly three
// digits as in "12,5" or "0,250"); the majority wins. Only when no cell settles it does the file's field
// separator decide: ";" (what Excel writes in Spanish) means decimal comma, "," means decimal point.
// Then "1.234" is 1234 in a decimal-comma file and 1.234 in a decimal-point file. A cell written the
// other way from the file's decision (such as "12.5" in a decimal-comma file) is refused, not guessed.
class NumberParser {
public:
    enum class Decimal { Point, Comma };

    explicit NumberParser(Decimal decimal = Decimal::Point) : m_decimal(decimal) {}
    Decimal decimal() const { return m_decimal; }

    // The number in `text`, or nothing when it is not a number written in this file's way.
    std::optional<double> parse(const QString& text) const;

    // What one cell says about the decimal mark, when it says anything.
    static std::optional<Decimal> evidence(const QString& text);
    static Decimal decide(const QStringList& cells, Decimal fallback);

private:
    Decimal m_decimal;
};

} // namespace cpc
