#pragma once

#include <QString>

namespace cpc {

// The one policy for text written into a spreadsheet cell (CSV and XLSX exports) and read back from one
// (indicator import). A spreadsheet runs a cell that starts with "=", "+", "-" or "@" as a formula (and a
// leading tab or carriage return can hide one), so a partner's indicator name "=HYPERLINK(...)" would
// become a live formula on the coordinator's machine. As OWASP recommends for CSV injection, such a text
// is made inert by a leading apostrophe, which Excel and LibreOffice read as "this is text". A text that
// itself starts with an apostrophe gets one too, so that reading back (removing one apostrophe before
// any of these characters) gives exactly the text that was written. Numbers are written as numbers and
// never pass through here: -3 stays a number.
class SpreadsheetCell {
public:
    // True when `text` would be taken as a formula (or starts with the escape itself).
    static bool needsEscape(const QString& text);
    // The text as it goes into a cell: "'=1+1" for "=1+1"; any other text unchanged.
    static QString inert(const QString& text);
    // The text a cell written by inert() holds: "=1+1" for "'=1+1"; any other text unchanged.
    static QString restored(const QString& cell);
};

} // namespace cpc
