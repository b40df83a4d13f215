#pragma once

#include <QString>
#include <QVariant>
#include <utility>
#include <vector>
#include <xlsxwriter.h>

namespace cpc::test {

// Writes a real XLSX workbook with libxlsxwriter: each sheet is a name and rows of cells; a QString cell
// is written as text, a double or int as a number, an invalid QVariant is left empty.
using XlsxRows = std::vector<std::vector<QVariant>>;
inline bool writeXlsx(const QString& path, const std::vector<std::pair<QString, XlsxRows>>& sheets)
{
    lxw_workbook* wb = workbook_new(path.toUtf8().constData());
    if (!wb) return false;
    for (const auto& [name, rows] : sheets) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, name.toUtf8().constData());
        for (size_t r = 0; r < rows.size(); ++r)
            for (size_t c = 0; c < rows[r].size(); ++c) {
                const QVariant& v = rows[r][c];
                if (!v.isValid()) continue;
                if (v.typeId() == QMetaType::QString)
                    worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), v.toString().toUtf8().constData(),
                                           nullptr);
                else
                    worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), v.toDouble(), nullptr);
            }
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

} // namespace cpc::test
