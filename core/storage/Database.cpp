#include "storage/Database.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace cpc {

Database::~Database()
{
    close();
}

Status Database::open(const QString& path, Access access)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return Error{Database::tr("cannot open the file (%1)").arg(why), path};
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 3000);
    // A report file is data, never code: no triggers or views from a foreign file may run, and no
    // extension may be loaded.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    return exec("PRAGMA foreign_keys = ON;");
}

void Database::close()
{
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_writeStamp = nullptr;
}

Status Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK) return success();
    const QString why = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return Error{Database::tr("the file could not be written or read (%1)").arg(why), QString()};
}

qint64 Database::queryInt(const char* sql, qint64 fallback) const
{
    Statement s = prepare(sql);
    return s.isValid() && s.next() ? s.integer(0) : fallback;
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}
qint64 Database::changes() const
{
    return m_db ? sqlite3_changes64(m_db) : 0;
}

Transaction::Transaction(Database& db) : m_db(db)
{
    Status s = m_db.exec("BEGIN IMMEDIATE;");
    m_active = s.ok();
    if (m_active && m_db.writeStamp()) {
        s = m_db.exec(m_db.writeStamp());
        if (!s) {
            m_db.exec("ROLLBACK;");
            m_active = false;
        }
    }
    if (!s) m_beginError = s.error();
}

Transaction::~Transaction()
{
    if (m_active) m_db.exec("ROLLBACK;");
}

Status Transaction::commit()
{
    Status s = m_db.exec("COMMIT;");
    if (!s) {
        m_db.exec("ROLLBACK;");
    }
    m_active = false;
    return s;
}

} // namespace cpc
