#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <functional>

namespace cpc {

// The one policy for every file the program writes where the user said (exports from the command line and
// the window, contribution requests, new reports):
// - never the report being read, its -wal, -shm, -journal or .lock, nor anything that resolves to them
//   (a symbolic link, a hard link: compared by device and inode), nor any other CPC report;
// - never a device, a pipe, a socket or a folder (an export onto /dev/null must not replace it);
// - never through a link that points nowhere;
// - written to a temporary file beside the target, flushed to disk, and renamed into place, so that the
//   target is either the old file or the whole new one, and a failure leaves nothing behind.
// A refusal is BadInput naming the file (exit 2); a failed write is Failed naming the file and the cause in
// words (exit 3). "-" (standard output) is the caller's business: see isStandardOutput().
class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(cpc::OutputFile)
public:
    enum class Existing { Replace, Refuse };

    // `protectedReports`: the reports being read or written by the same operation.
    explicit OutputFile(QString path, QStringList protectedReports = {},
                        Existing existing = Existing::Replace);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // The policy alone, for a dialog that wants to refuse a name before doing any work.
    static Status check(const QString& path, const QStringList& protectedReports = {},
                        Existing existing = Existing::Replace);
    // Checks the target and makes the temporary file beside it.
    Status open();
    // The temporary file, for writers that write a file by name (libxlsxwriter, SQLite's VACUUM INTO).
    const QString& temporaryPath() const { return m_temp; }
    // Where the file will be: `path`, or the file a link at `path` points to.
    const QString& target() const { return m_target; }
    Status write(const QByteArray& bytes);
    // Flushes the temporary file to disk and renames it into place; checks the target again first.
    Status commit();
    // Removes the temporary file (also done by the destructor when not committed).
    void discard();

    // open() + write() + commit().
    static Status writeAll(const QString& path, const QByteArray& bytes,
                           const QStringList& protectedReports = {}, Existing existing = Existing::Replace);
    // What every export does: the target refused before any work, then `render` (which may take a while and
    // be cancelled through `cancel`), then the bytes put in place unless cancelled by then (`whenCancelled`
    // is returned and nothing is left behind); `progress` hears 100 once the file is in place.
    static Status produce(const QString& path, const QStringList& protectedReports,
                          const std::function<Result<QByteArray>()>& render, const std::atomic<bool>* cancel,
                          const Error& whenCancelled, const std::function<void(int)>& progress = {});
    static bool isStandardOutput(const QString& path) { return path == QLatin1String("-"); }
    // "the file could not be written: <cause in words>" naming `path`.
    static Error writeError(int errorNumber, const QString& path);

private:
    static Result<QString> resolveTarget(const QString& path, const QStringList& protectedReports,
                                         Existing existing);

    QString m_path;
    QStringList m_reports;
    Existing m_existing;
    QString m_target;
    QString m_temp;
    int m_fd = -1;
};

} // namespace cpc
