#pragma once

#include "util/Result.h"

#include <QString>

namespace cpc {

class Database;

// The file stamp: a random id kept in the report (meta row "file_stamp") that ties a write-ahead log to the
// one file it was written for. Each time a report is opened for writing, it gets a new stamp (the previous
// one kept beside it); every write transaction then rewrites the stamp's row (its counter goes up), so every
// transaction in the -wal carries the stamp. LogOwnership compares it with the report's before SQLite is
// allowed to replay the log. See docs/file-format.md.
class FileStamp {
public:
    struct Value {
        QString current;  // 32 hexadecimal digits, or empty in a file no version with stamps has written
        QString previous; // the stamp before the last renewal (32 zeros when there was none)
    };

    static Value read(const Database& db);
    // A new stamp, in its own transaction (call before installing touchSql() on the connection).
    static Status renew(Database& db);
    // The statement every write transaction runs first (Database::setWriteStamp).
    static const char* touchSql();
};

} // namespace cpc
