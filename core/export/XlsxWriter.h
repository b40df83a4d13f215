#pragma once

#include "export/IndicatorTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace cpc {

// Writes the indicator tables as an XLSX workbook with libxlsxwriter: the tracking table on the first sheet
// and the breakdowns on a second, each with a bold, frozen header row and a filter; figures are numbers
// with a format per kind (counts "#,##0", other figures "#,##0.00", % of target "0.0%"), masked cells are
// text. A note, if any, is a last row starting with "#" (the importer skips it). The file is replaced only
// once it is completely written.
class XlsxWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
public:
    static Status write(const QString& path, const IndicatorTable& table,
                        const QStringList& protectedReports = {});
};

} // namespace cpc
