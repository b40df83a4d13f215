#include "storage/ReportFile.h"

#include "storage/FileStamp.h"
#include "storage/LogOwnership.h"
#include "storage/Migrations.h"
#include "util/InputFile.h"
#include "util/Limits.h"
#include "util/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QTemporaryDir>
#include <QUuid>
#include <cerrno>
#include <sqlite3.h>
#include <unistd.h>

namespace cpc {

namespace {

qint32 bigEndian32(const QByteArray& b, int offset)
{
    return qint32((quint32(quint8(b[offset])) << 24) | (quint32(quint8(b[offset + 1])) << 16) |
                  (quint32(quint8(b[offset + 2])) << 8) | quint32(quint8(b[offset + 3])));
}

using SchemaRows = QStringList;

SchemaRows schemaOf(const Database& db)
{
    SchemaRows rows;
    Statement s = db.prepare("SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_master "
                             "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    while (s.next())
        rows << s.text(0) + QLatin1Char('|') + s.text(1) + QLatin1Char('|') + s.text(2) + QLatin1Char('|') +
                    s.text(3);
    return rows;
}

// Per schema version, as tests may add a migration step (Migrations::addTestStep).
SchemaRows expectedSchema()
{
    static QMutex mutex;
    static QHash<int, SchemaRows> cache;
    const QMutexLocker lock(&mutex);
    const int version = Migrations::latestVersion();
    if (const auto it = cache.constFind(version); it != cache.cend()) return *it;
    Database mem;
    if (!mem.open(QStringLiteral(":memory:"), Database::Access::Create)) return SchemaRows();
    if (!Migrations::createLatest(mem)) return SchemaRows();
    return *cache.insert(version, schemaOf(mem));
}

// Copies a report with its write-ahead log: after a crash, committed edits may still be only in the log,
// and a copy of the main file alone would lose them.
bool copyWithLog(const QString& from, const QString& to)
{
    const QString log = QStringLiteral("-wal");
    QFile::remove(to);
    QFile::remove(to + log);
    if (!QFile::copy(from, to)) return false;
    if (QFile::exists(from + log) && !QFile::copy(from + log, to + log)) {
        QFile::remove(to);
        return false;
    }
    return true;
}

bool isIoFailure(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_NOMEM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
        return true;
    default:
        return false;
    }
}

Error failure(const QString& message, const QString& where)
{
    return Error{message, where, Error::Kind::Failed};
}

} // namespace

ReportFile::~ReportFile()
{
    m_db.close();
    if (!m_finalPath.isEmpty()) { // never published: leave nothing behind
        QFile::remove(m_path);
        QFile::remove(m_path + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
    }
    if (!m_tempCopy.isEmpty()) QDir(QFileInfo(m_tempCopy).path()).removeRecursively();
}

Result<std::unique_ptr<ReportFile>> ReportFile::open(const QString& path, bool readOnly)
{
    if (Status s = InputFile::check(path); !s) return s.error();
    const QFileInfo info(path);
    if (info.size() > Limits::kMaxReportFileBytes)
        return Error{ReportFile::tr("the file is larger than a report can be (%1 MB)")
                         .arg(Limits::kMaxReportFileBytes >> 20),
                     path};

    // Read the header ourselves: a foreign or newer file must be refused without SQLite touching it.
    QFile raw(path);
    if (!raw.open(QIODevice::ReadOnly))
        return failure(ReportFile::tr("the file cannot be read (%1)").arg(raw.errorString()), path);
    const QByteArray header = raw.read(100);
    raw.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error{ReportFile::tr("this is not a CPC report file (it is not a report database)"), path};
    if (bigEndian32(header, 68) != kApplicationId)
        return Error{ReportFile::tr("this is a database of another program, not a CPC report file"), path};
    const int version = bigEndian32(header, 60);
    if (version > Migrations::latestVersion())
        return Error{
            ReportFile::tr(
                "this report was saved by a newer version of CPC Report Studio (file format %1; this "
                "version reads up to %2). Please update the application.")
                .arg(version)
                .arg(Migrations::latestVersion()),
            path};
    if (version < 1)
        return Error{ReportFile::tr("this report file is damaged (no file format version)"), path};

    std::unique_ptr<ReportFile> f(new ReportFile);
    f->m_path = path;
    f->m_readOnly = readOnly;
    if (!readOnly) {
        // Said up front: SQLite would open a read-only file anyway and fail only at the first edit.
        if (::access(QFile::encodeName(path).constData(), W_OK) != 0)
            return failure(
                ReportFile::tr("the file is read-only: it can be opened for reading only, or its permissions "
                               "changed"),
                path);
        f->m_lock = std::make_unique<FileLock>(path);
        if (!f->m_lock->tryLock()) {
            const QString who = FileLock::holder(path);
            if (!who.isEmpty())
                return failure(
                    ReportFile::tr("the report is open in another window or program (%1)").arg(who), path);
            return failure(
                ReportFile::tr("the report cannot be locked for writing (is its folder read-only?)"), path);
        }
    }
    // A -wal or -journal left beside the report is checked before SQLite would replay it. A reader while a
    // writer holds the report finds the writer's own log, checked when the writer opened it.
    if (!readOnly || FileLock::holder(path).isEmpty())
        if (Status s = LogOwnership::verify(path); !s) return s.error();

    QString openPath = path;
    if (version < Migrations::latestVersion()) {
        if (readOnly) {
            // Upgrade a private copy: a read-only look must not change the file.
            auto dir = std::make_unique<QTemporaryDir>();
            dir->setAutoRemove(false);
            const QString copy = dir->filePath(QStringLiteral("upgraded.cpcreport"));
            if (!copyWithLog(path, copy))
                return failure(ReportFile::tr("could not copy the file to upgrade it"), path);
            f->m_tempCopy = copy;
            openPath = copy;
        } else {
            const QString backup = path + QStringLiteral(".v%1.bak").arg(version);
            if (!copyWithLog(path, backup))
                return failure(ReportFile::tr("could not keep a copy of the file before upgrading it"), path);
            f->m_backup = backup;
        }
    }

    const bool writable = !readOnly || !f->m_tempCopy.isEmpty();
    if (Status s =
            f->m_db.open(openPath, writable ? Database::Access::ReadWrite : Database::Access::ReadOnly);
        !s)
        return Error{
            ReportFile::tr("this report file is damaged or cannot be opened (%1)").arg(s.error().message),
            path};
    {
        Statement check = f->m_db.prepare("PRAGMA quick_check;");
        const bool ran = check.isValid() && check.next();
        // A full disk or a failing device is not damage: say so, and let the user free space and retry.
        if (!ran && isIoFailure(check.errorCode()))
            return failure(ReportFile::tr("the file could not be read (%1)").arg(check.errorMessage()), path);
        if (!ran || check.text(0) != QLatin1String("ok"))
            return Error{ReportFile::tr("this report file is damaged (the database check failed)"), path};
    }
    if (version < Migrations::latestVersion()) {
        Transaction t(f->m_db);
        if (!t.isActive()) return failure(t.beginError().message, path);
        if (Status s = Migrations::upgrade(f->m_db, version); !s) return failure(s.error().message, path);
        if (Status s = t.commit(); !s) return failure(s.error().message, path);
    }
    if (schemaOf(f->m_db) != expectedSchema())
        return Error{ReportFile::tr(
                         "this report file has been altered: its structure is not the one CPC Report Studio "
                         "writes"),
                     path};
    if (!readOnly)
        if (Status s = f->configureForWriting(); !s) return failure(s.error().message, path);
    return f;
}

Result<std::unique_ptr<ReportFile>> ReportFile::createTemporary(const QString& path)
{
    if (Status s = OutputFile::check(path, {}, OutputFile::Existing::Refuse); !s) return s.error();
    const QFileInfo target(path);

    std::unique_ptr<ReportFile> f(new ReportFile);
    f->m_finalPath = path;
    f->m_path = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".") +
                QUuid::createUuid().toString(QUuid::WithoutBraces).left(8) + QStringLiteral(".tmp");
    if (Status s = f->m_db.open(f->m_path, Database::Access::Create); !s)
        return failure(s.error().message, path);
    const QByteArray appId = "PRAGMA application_id = " + QByteArray::number(kApplicationId) + ';';
    if (Status s = f->m_db.exec(appId.constData()); !s) return failure(s.error().message, path);
    // The temporary file is private until published, so a rollback journal in memory is enough here.
    if (Status s = f->m_db.exec("PRAGMA journal_mode = MEMORY;"); !s) return failure(s.error().message, path);
    Transaction t(f->m_db);
    if (!t.isActive()) return failure(t.beginError().message, path);
    if (Status s = Migrations::createLatest(f->m_db); !s) return failure(s.error().message, path);
    if (Status s = t.commit(); !s) return failure(s.error().message, path);
    return f;
}

Status ReportFile::publish()
{
    if (m_finalPath.isEmpty()) return success();
    if (Status s = m_db.exec("PRAGMA journal_mode = DELETE;"); !s) return s;
    m_db.close();
    ::sync();
    // link() refuses an existing target, so a file created meanwhile by someone else is never overwritten.
    if (::link(QFile::encodeName(m_path).constData(), QFile::encodeName(m_finalPath).constData()) != 0) {
        const int e = errno;
        if (e == EEXIST)
            return Error{ReportFile::tr("the file already exists; choose another name"), m_finalPath};
        return OutputFile::writeError(e, m_finalPath);
    }
    QFile::remove(m_path);
    m_path = m_finalPath;
    m_finalPath.clear();
    m_lock = std::make_unique<FileLock>(m_path);
    if (!m_lock->tryLock())
        return failure(ReportFile::tr("the new report is already open elsewhere"), m_path);
    if (Status s = m_db.open(m_path, Database::Access::ReadWrite); !s)
        return failure(s.error().message, m_path);
    return configureForWriting();
}

Status ReportFile::configureForWriting()
{
    // WAL keeps readers consistent while writing; FULL makes each committed edit survive a power cut.
    if (Status s = m_db.exec("PRAGMA journal_mode = WAL;"); !s) return s;
    if (Status s = m_db.exec("PRAGMA synchronous = FULL;"); !s) return s;
    // A new file stamp for this writing session, in the main file itself (see FileStamp): the log this
    // session writes can then be told apart from any other. On a full disk this may fail; the report then
    // opens all the same, and its log carries the stamp it had (or the renewal, which names the old one).
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
    if (FileStamp::renew(m_db)) m_db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
    m_db.setWriteStamp(FileStamp::touchSql());
    return success();
}

QString ReportFile::meta(const QString& key) const
{
    Statement s = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    s.bind(1, key);
    return s.next() ? s.text(0) : QString();
}

Status ReportFile::setMeta(const QString& key, const QString& value)
{
    Statement s = m_db.prepare("INSERT INTO meta(key, value) VALUES(?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value);
    if (!s.exec()) return failure(s.errorMessage(), m_path);
    return success();
}

} // namespace cpc
