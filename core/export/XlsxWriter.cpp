#include "export/XlsxWriter.h"

#include "export/SpreadsheetCell.h"
#include "util/OutputFile.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <mutex>
#include <sys/mman.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <xlsxwriter.h>

namespace cpc {

namespace {

// libxlsxwriter reports failures by printing "[ERROR][./src/packager.c:…]" lines on standard error; we
// report them in our own words instead. Standard error is diverted to a memory file while the library
// runs (one workbook at a time, as the descriptor is the process's).
class StderrSilencer {
public:
    StderrSilencer() : m_lock(mutex())
    {
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int sink = ::memfd_create("cpc-xlsx-messages", MFD_CLOEXEC);
        if (m_saved >= 0 && sink >= 0) ::dup2(sink, STDERR_FILENO);
        if (sink >= 0) ::close(sink);
    }
    ~StderrSilencer()
    {
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
    }
    StderrSilencer(const StderrSilencer&) = delete;
    StderrSilencer& operator=(const StderrSilencer&) = delete;

private:
    static std::mutex& mutex()
    {
        static std::mutex m;
        return m;
    }
    std::lock_guard<std::mutex> m_lock;
    int m_saved = -1;
};

struct Formats {
    lxw_format* header;
    lxw_format* count;
    lxw_format* decimal;
    lxw_format* percent;
    lxw_format* masked;
};

void writeSheet(lxw_workbook* wb, const TableSheet& sheet, const QString& note, const Formats& f)
{
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.title.toUtf8().constData());
    const auto cols = lxw_col_t(sheet.headers.size());
    for (lxw_col_t c = 0; c < cols; ++c) {
        worksheet_write_string(ws, 0, c, SpreadsheetCell::inert(sheet.headers[c]).toUtf8().constData(),
                               f.header);
        // Names and explanations are long; ids and figures short.
        const QString& h = sheet.headers[c];
        double width = std::max(10.0, double(h.size()) + 2);
        if (c == 2) width = 50;
        if (c + 1 == cols && cols > 6) width = 60;
        worksheet_set_column(ws, c, c, width, nullptr);
    }
    lxw_row_t r = 1;
    for (const auto& row : sheet.rows) {
        for (lxw_col_t c = 0; c < lxw_col_t(row.size()); ++c) {
            const TableCell& cell = row[c];
            if (cell.number) {
                lxw_format* fmt = cell.format == TableCell::Format::Percent ? f.percent
                                  : cell.format == TableCell::Format::Count ? f.count
                                                                            : f.decimal;
                worksheet_write_number(ws, r, c, *cell.number, fmt);
            } else if (!cell.text.isEmpty()) {
                worksheet_write_string(ws, r, c, SpreadsheetCell::inert(cell.text).toUtf8().constData(),
                                       cell.masked ? f.masked : nullptr);
            }
        }
        ++r;
    }
    worksheet_freeze_panes(ws, 1, 0);
    if (cols > 0) worksheet_autofilter(ws, 0, 0, r - 1, cols - 1);
    if (!note.isEmpty())
        worksheet_write_string(ws, r + 1, 0, (QStringLiteral("# ") + note).toUtf8().constData(), nullptr);
}

} // namespace

Status XlsxWriter::write(const QString& path, const IndicatorTable& table,
                         const QStringList& protectedReports)
{
    OutputFile out(path, protectedReports);
    if (Status s = out.open(); !s) return s;
    const QByteArray partialName = QFile::encodeName(out.temporaryPath());
    const StderrSilencer quiet;
    lxw_workbook* wb = workbook_new(partialName.constData());
    if (!wb) return OutputFile::writeError(errno ? errno : EIO, path);
    Formats f{};
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.count = workbook_add_format(wb);
    format_set_num_format(f.count, "#,##0");
    f.decimal = workbook_add_format(wb);
    format_set_num_format(f.decimal, "#,##0.00");
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0%");
    f.masked = workbook_add_format(wb);
    format_set_align(f.masked, LXW_ALIGN_RIGHT);

    writeSheet(wb, table.tracking, table.note, f);
    writeSheet(wb, table.breakdowns, table.note, f);
    errno = 0;
    const lxw_error e = workbook_close(wb);
    const int cause = errno;
    if (e != LXW_NO_ERROR) {
        // The library says only that its zip step failed; the system's reason is in errno, or, when that
        // was lost, a disk without free space says it.
        struct statvfs disk {};
        if (::statvfs(QFile::encodeName(QFileInfo(out.temporaryPath()).absolutePath()).constData(), &disk) ==
                0 &&
            disk.f_bavail == 0)
            return OutputFile::writeError(ENOSPC, path);
        if (cause != 0) return OutputFile::writeError(cause, path);
        return Error{tr("the file could not be written (%1)").arg(QString::fromUtf8(lxw_strerror(e))), path,
                     Error::Kind::Failed};
    }
    return out.commit();
}

} // namespace cpc
