#pragma once

#include <QCoreApplication>
#include <QString>

namespace cpc {

// The writer's lock on a report: an advisory lock on "<file>.lock" beside it, holding a line that says who
// holds it. The kernel drops the lock when the holder exits or crashes, so a lock left behind never blocks
// the file: a leftover lock file without a live lock is simply taken over.
class FileLock {
    Q_DECLARE_TR_FUNCTIONS(cpc::FileLock)
public:
    explicit FileLock(QString reportPath);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // False when another process holds it (holder() then says who) or the lock file cannot be made.
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_fd >= 0; }

    // Who holds the lock on `reportPath` right now, or empty when nobody does.
    static QString holder(const QString& reportPath);
    static QString lockPathFor(const QString& reportPath);
    // How this process describes itself in the lock file ("name (entity) on host, process N").
    static QString describeSelf();

private:
    QString m_lockPath;
    int m_fd = -1;
};

} // namespace cpc
