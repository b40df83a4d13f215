#include "storage/FileLock.h"

#include "settings/Identity.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSysInfo>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cpc {

FileLock::FileLock(QString reportPath) : m_lockPath(lockPathFor(reportPath)) {}

FileLock::~FileLock()
{
    unlock();
}

QString FileLock::lockPathFor(const QString& reportPath)
{
    return reportPath + QStringLiteral(".lock");
}

QString FileLock::describeSelf()
{
    QString who = Identity::current().author();
    if (who.isEmpty()) who = QStringLiteral("?");
    return FileLock::tr("%1 on %2, process %3").arg(who, QSysInfo::machineHostName()).arg(::getpid());
}

namespace {

// Opens the lock file without ever following a link or opening anything but a regular file of our own
// making: a symbolic or hard link placed at the lock's name (by anyone who can write to a shared folder)
// must not make us truncate and overwrite the file it points to. Such a name is removed (the link, never
// its target) and the lock file made anew with O_EXCL.
int openLockFile(const QByteArray& path)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd >= 0) return fd;
        if (errno != EEXIST) return -1;
        // An existing lock file: another holder's, a leftover, or something planted there.
        fd = ::open(path.constData(), O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        struct stat st {};
        if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_nlink == 1) return fd;
        if (fd >= 0) ::close(fd);
        if (fd < 0 && errno != ELOOP && errno != ENOENT) return -1; // a folder, or no permission
        // A symbolic link (ELOOP), a hard link or a special file: remove the name, not what it points to.
        if (::unlink(path.constData()) != 0 && errno != ENOENT) return -1;
    }
    return -1;
}

} // namespace

bool FileLock::tryLock()
{
    if (m_fd >= 0) return true;
    const QByteArray path = QFile::encodeName(m_lockPath);
    int fd = -1;
    // A holder that is letting go unlinks the file it locked; make sure the lock we took is on the file
    // that is at the path now, or another process could take the new one as well.
    for (int attempt = 0; attempt < 5 && fd < 0; ++attempt) {
        fd = openLockFile(path);
        if (fd < 0) return false;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd);
            return false;
        }
        struct stat held {
        }, current{};
        if (::fstat(fd, &held) != 0 || ::lstat(path.constData(), &current) != 0 ||
            held.st_ino != current.st_ino || held.st_dev != current.st_dev || held.st_nlink != 1) {
            ::close(fd);
            fd = -1;
        }
    }
    if (fd < 0) return false;
    const QByteArray who = describeSelf().toUtf8() + '\n';
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const ssize_t n = ::pwrite(fd, who.constData(), size_t(who.size()), 0);
    }
    m_fd = fd;
    return true;
}

void FileLock::unlock()
{
    if (m_fd < 0) return;
    // Remove the file while still holding the lock so no other process can be left holding a lock on an
    // unlinked file it believes is the current one.
    ::unlink(QFile::encodeName(m_lockPath).constData());
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

QString FileLock::holder(const QString& reportPath)
{
    const QByteArray path = QFile::encodeName(lockPathFor(reportPath));
    const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return QString();
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { // never read out another file through a link
        ::close(fd);
        return QString();
    }
    QString who;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        char buf[512];
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        who = n > 0 ? QString::fromUtf8(buf, int(n)).trimmed() : FileLock::tr("another program");
        if (who.isEmpty()) who = FileLock::tr("another program");
    } else {
        ::flock(fd, LOCK_UN);
    }
    ::close(fd);
    return who;
}

} // namespace cpc
