#include "export/SpreadsheetCell.h"

namespace cpc {

namespace {
constexpr QChar kEscape = QLatin1Char('\'');

bool isTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == kEscape;
}
} // namespace

bool SpreadsheetCell::needsEscape(const QString& text)
{
    return !text.isEmpty() && isTrigger(text.front());
}

QString SpreadsheetCell::inert(const QString& text)
{
    return needsEscape(text) ? kEscape + text : text;
}

QString SpreadsheetCell::restored(const QString& cell)
{
    return cell.size() >= 2 && cell.front() == kEscape && isTrigger(cell.at(1)) ? cell.mid(1) : cell;
}

} // namespace cpc
