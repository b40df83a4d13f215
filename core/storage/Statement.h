#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace cpc {

// A prepared SQLite statement that finalizes itself. Binding and reading by 1-based / 0-based index, as
// SQLite does.
class Statement {
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, const QByteArray& value);

    // Steps once: true while a row is available. Errors are kept in error() and end the iteration.
    bool next();
    // Runs a statement that returns no rows; false on error.
    bool exec();
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    bool isNull(int column) const;
    QByteArray blob(int column) const;

    int errorCode() const { return m_error; }
    QString errorMessage() const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_error = 0;
};

} // namespace cpc
