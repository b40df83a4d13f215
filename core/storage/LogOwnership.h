#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace cpc {

// Decides, before SQLite may see them, whether the -wal or -journal beside a report belongs to it. SQLite
// replays any well-formed log it finds beside a database, whatever file it was written for: a -wal copied
// from another report (by folder syncing, or by copying files in pairs) would silently replace the report's
// content or damage it for good. The report is never touched here: the check runs on a private copy.
//
// A -wal belongs to the report when the pages SQLite would replay carry the report's file stamp
// (FileStamp) and, replayed onto a copy of the report, leave a sound database whose stamp is the report's
// (or was renewed from it by a transaction in this same log). A -journal (rollback journal) never belongs:
// reports are always in WAL mode. Files written before stamps existed (no stamp) are accepted when the
// replayed copy is sound.
class LogOwnership {
    Q_DECLARE_TR_FUNCTIONS(cpc::LogOwnership)
public:
    // BadInput naming the log when it does not belong; Failed when the check itself could not run.
    static Status verify(const QString& reportPath);
};

} // namespace cpc
