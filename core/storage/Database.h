#pragma once

#include "storage/Statement.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace cpc {

// An open SQLite connection that closes itself. Everything SQL in core goes through here and Statement.
class Database {
    Q_DECLARE_TR_FUNCTIONS(cpc::Database)
public:
    enum class Access { ReadOnly, ReadWrite, Create };

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens with foreign keys on and a busy timeout; never creates a file unless asked to.
    Status open(const QString& path, Access access);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    Statement prepare(const char* sql) const { return Statement(m_db, sql); }
    // Runs one or more statements without results; the error names the SQL that failed.
    Status exec(const char* sql);
    // A single integer from a query such as a PRAGMA.
    qint64 queryInt(const char* sql, qint64 fallback = 0) const;
    QString lastError() const;
    qint64 changes() const;
    sqlite3* handle() const { return m_db; }
    // A statement every Transaction runs first (the report's file stamp, see FileStamp), or null.
    void setWriteStamp(const char* sql) { m_writeStamp = sql; }
    const char* writeStamp() const { return m_writeStamp; }

private:
    sqlite3* m_db = nullptr;
    const char* m_writeStamp = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless committed. IMMEDIATE takes the write lock at once, so a
// transaction never fails half-way because another connection started writing.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const Error& beginError() const { return m_beginError; }
    Status commit();

private:
    Database& m_db;
    bool m_active = false;
    Error m_beginError;
};

} // namespace cpc
