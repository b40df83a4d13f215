#include "util/OutputFile.h"

#include "util/SystemError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cpc {

namespace {

// Companions SQLite and the writer's lock keep beside a report.
const char* const kCompanions[] = {"", "-wal", "-shm", "-journal", ".lock"};

QByteArray nativePath(const QString& path)
{
    return QFile::encodeName(path);
}

// The folder resolved through links, and the name in it: two spellings of one place compare equal.
QString canonicalPlace(const QString& path)
{
    const QFileInfo info(path);
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (dir.isEmpty() ? info.absolutePath() : dir) + QLatin1Char('/') + info.fileName();
}

bool sameFile(const struct stat& a, const struct stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// A CPC report by its SQLite header and application id "CPCR" (bytes 68-71), as ReportFile reads it.
bool isReportFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QByteArray header = f.read(100);
    return header.size() == 100 && header.startsWith(QByteArrayLiteral("SQLite format 3\0")) &&
           header.mid(68, 4) == QByteArrayLiteral("CPCR");
}

// The report a companion name belongs to ("r.cpcreport-wal" -> "r.cpcreport"), or empty.
QString reportOfCompanion(const QString& path)
{
    for (const char* suffix : kCompanions) {
        const QLatin1String s(suffix);
        if (s.size() > 0 && path.endsWith(s)) return path.chopped(s.size());
    }
    return QString();
}

} // namespace

OutputFile::OutputFile(QString path, QStringList protectedReports, Existing existing)
    : m_path(std::move(path)), m_reports(std::move(protectedReports)), m_existing(existing)
{
}

OutputFile::~OutputFile()
{
    discard();
}

Error OutputFile::writeError(int errorNumber, const QString& path)
{
    return Error{tr("the file could not be written: %1").arg(SystemError::describe(errorNumber)), path,
                 Error::Kind::Failed};
}

Result<QString> OutputFile::resolveTarget(const QString& path, const QStringList& reports, Existing existing)
{
    if (path.isEmpty()) return Error{tr("no file name was given"), QString()};
    const QByteArray native = nativePath(path);
    struct stat linkInfo {};
    QString target = path;
    if (::lstat(native.constData(), &linkInfo) == 0 && S_ISLNK(linkInfo.st_mode)) {
        struct stat through {};
        if (::stat(native.constData(), &through) != 0)
            return Error{tr("this name is a link to “%1”, which does not exist; choose another name")
                             .arg(QFileInfo(path).symLinkTarget()),
                         path};
        target = QFileInfo(path).canonicalFilePath();
    }
    const QFileInfo info(target);
    if (!QFileInfo(info.absolutePath()).isDir()) return Error{tr("the folder does not exist"), path};

    struct stat st {};
    const bool exists = ::stat(nativePath(target).constData(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return Error{tr("this is a folder; give the name of a file to write"), path};
    if (exists && !S_ISREG(st.st_mode))
        return Error{tr("this is a device, a pipe or a socket, not an ordinary file; the program writes only "
                        "ordinary files (use \"-o -\" for the standard output)"),
                     path};

    // The report being read and its companions, by place (for names not made yet, such as its -wal) and by
    // device and inode (for links under any name).
    const QString place = canonicalPlace(target);
    QStringList names = reports;
    for (const QString& report : reports) // SQLite keeps the working files beside the file a link names
        if (const QString real = QFileInfo(report).canonicalFilePath(); !real.isEmpty()) names << real;
    for (const QString& report : names) {
        for (const char* suffix : kCompanions) {
            const QString companion = report + QLatin1String(suffix);
            struct stat other {};
            const bool same =
                canonicalPlace(companion) == place ||
                (exists && ::stat(nativePath(companion).constData(), &other) == 0 && sameFile(st, other));
            if (same)
                return Error{
                    tr("this is the report being read (%1) or one of its working files; writing here "
                       "would destroy it. Choose another name")
                        .arg(report),
                    path};
        }
    }
    if (exists && existing == Existing::Refuse)
        return Error{tr("the file already exists; choose another name"), path};
    if (exists && isReportFile(target))
        return Error{tr("this is a CPC report; an export never replaces a report. Choose another name"),
                     path};
    if (const QString owner = reportOfCompanion(target); !owner.isEmpty() && isReportFile(owner))
        return Error{
            tr("this is a working file of the report %1; writing here would damage it. Choose another "
               "name")
                .arg(owner),
            path};
    return target;
}

Status OutputFile::check(const QString& path, const QStringList& protectedReports, Existing existing)
{
    auto target = resolveTarget(path, protectedReports, existing);
    if (!target) return target.error();
    return success();
}

Status OutputFile::open()
{
    discard();
    auto target = resolveTarget(m_path, m_reports, m_existing);
    if (!target) return target.error();
    m_target = target.value();
    const QFileInfo info(m_target);
    QByteArray pattern =
        nativePath(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0) return writeError(errno, m_target);
    m_fd = fd;
    m_temp = QFile::decodeName(pattern);
    // mkostemp makes the file private (0600); an export gets the permissions an ordinary new file would get,
    // or those of the file it replaces.
    struct stat old {};
    mode_t mode = 0;
    if (::stat(nativePath(m_target).constData(), &old) == 0) {
        mode = old.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    ::fchmod(m_fd, mode);
    return success();
}

Status OutputFile::write(const QByteArray& bytes)
{
    if (m_fd < 0) return writeError(EBADF, m_target);
    const char* p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int e = n < 0 ? errno : ENOSPC;
            discard();
            return writeError(e, m_target);
        }
        p += n;
        left -= n;
    }
    return success();
}

Status OutputFile::commit()
{
    if (m_temp.isEmpty()) return writeError(EBADF, m_target);
    // An external writer may have written the file by name: flush what is on disk under that name.
    int fd = m_fd >= 0 ? m_fd : ::open(nativePath(m_temp).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int e = errno;
        if (fd >= 0 && fd != m_fd) ::close(fd);
        discard();
        return writeError(e, m_target);
    }
    if (fd != m_fd) ::close(fd);
    if (m_fd >= 0) {
        const int closed = ::close(m_fd);
        m_fd = -1;
        if (closed != 0) {
            const int e = errno;
            discard();
            return writeError(e, m_target);
        }
    }
    // The target may have changed while the file was being written (a link made, a device put there).
    auto again = resolveTarget(m_path, m_reports, m_existing);
    if (!again || again.value() != m_target) {
        discard();
        return again ? Error{tr("the file changed while it was being written; nothing was written"), m_path}
                     : again.error();
    }
    const QByteArray from = nativePath(m_temp);
    const QByteArray to = nativePath(m_target);
    if (m_existing == Existing::Refuse) {
        // link() never replaces: a file made meanwhile by someone else is kept.
        if (::link(from.constData(), to.constData()) != 0) {
            const int e = errno;
            discard();
            if (e == EEXIST) return Error{tr("the file already exists; choose another name"), m_path};
            return writeError(e, m_target);
        }
        ::unlink(from.constData());
    } else if (::rename(from.constData(), to.constData()) != 0) {
        const int e = errno;
        discard();
        return writeError(e, m_target);
    }
    m_temp.clear();
    // The rename itself reaches the disk only with its folder.
    const int dir = ::open(nativePath(QFileInfo(m_target).absolutePath()).constData(),
                           O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return success();
}

void OutputFile::discard()
{
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
    if (!m_temp.isEmpty()) ::unlink(nativePath(m_temp).constData());
    m_temp.clear();
}

Status OutputFile::produce(const QString& path, const QStringList& protectedReports,
                           const std::function<Result<QByteArray>()>& render, const std::atomic<bool>* cancel,
                           const Error& whenCancelled, const std::function<void(int)>& progress)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    // Refused before the work, and checked again when the file is put in place.
    if (Status s = check(path, protectedReports); !s) return s;
    auto bytes = render();
    if (!bytes) return bytes.error();
    if (cancelled()) return whenCancelled;
    OutputFile out(path, protectedReports);
    if (Status s = out.open(); !s) return s;
    if (Status s = out.write(bytes.value()); !s) return s;
    if (cancelled()) return whenCancelled; // `out` removes its temporary file
    const Status s = out.commit();
    if (s && progress) progress(100);
    return s;
}

Status OutputFile::writeAll(const QString& path, const QByteArray& bytes, const QStringList& protectedReports,
                            Existing existing)
{
    OutputFile f(path, protectedReports, existing);
    if (Status s = f.open(); !s) return s;
    if (Status s = f.write(bytes); !s) return s;
    return f.commit();
}

} // namespace cpc
