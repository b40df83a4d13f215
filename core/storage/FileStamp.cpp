#include "storage/FileStamp.h"

#include "storage/Database.h"

#include <QStringList>
#include <QUuid>

namespace cpc {

// The row's value: "<current> <previous> <counter>", the stamps as 32 hexadecimal digits each.
FileStamp::Value FileStamp::read(const Database& db)
{
    Statement s = db.prepare("SELECT value FROM meta WHERE key = 'file_stamp'");
    if (!s.isValid() || !s.next()) return {};
    const QStringList parts = s.text(0).split(QLatin1Char(' '));
    if (parts.size() < 2 || parts[0].size() != 32) return {};
    return Value{parts[0], parts[1]};
}

Status FileStamp::renew(Database& db)
{
    const Value old = read(db);
    const QString fresh = QUuid::createUuid().toString(QUuid::Id128);
    const QString previous = old.current.isEmpty() ? QString(32, QLatin1Char('0')) : old.current;
    Transaction t(db);
    if (!t.isActive()) return t.beginError();
    Statement s = db.prepare("INSERT INTO meta(key, value) VALUES('file_stamp', ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, fresh + QLatin1Char(' ') + previous + QStringLiteral(" 0"));
    if (!s.exec()) return Error{s.errorMessage(), QString(), Error::Kind::Failed};
    return t.commit();
}

const char* FileStamp::touchSql()
{
    // The value must change, or SQLite would not rewrite the page (it skips writing identical cells).
    return "UPDATE meta SET value = substr(value, 1, 66) || (CAST(substr(value, 67) AS INTEGER) + 1) "
           "WHERE key = 'file_stamp';";
}

} // namespace cpc
