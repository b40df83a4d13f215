#pragma once

#include "model/Unit.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <optional>

namespace cpc {

// Figures of indicators as the window shows and reads them: in the interface's locale (Spanish
// "1.234,5", English "1,234.5") and with their unit ("45,5 %", "US$ 1.200").
class UnitFormat {
    Q_DECLARE_TR_FUNCTIONS(cpc::UnitFormat)
public:
    static QString format(double value, Unit unit, const QLocale& locale = QLocale());
    // The figure alone, as an editor starts from it: no unit, no thousands separators.
    static QString editText(double value, const QLocale& locale = QLocale());
    // Reads what the user typed: the locale's form, with or without thousands separators and the unit's
    // sign. Nothing when it is not a number.
    static std::optional<double> parse(const QString& text, const QLocale& locale = QLocale());
    static QString percent(double value, const QLocale& locale = QLocale()); // "87,5 %"

    static QString unitName(Unit unit);
    static QString directionName(const QString& direction);
    static QString progressName(const QString& statusId); // IndicatorProgress::statusId
};

} // namespace cpc
