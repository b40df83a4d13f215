#include "storage/LogOwnership.h"

#include "storage/Database.h"
#include "storage/FileStamp.h"
#include "storage/WalLog.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace cpc {

namespace {

bool nonEmpty(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

} // namespace

Status LogOwnership::verify(const QString& reportPath)
{
    const QString journal = reportPath + QStringLiteral("-journal");
    if (nonEmpty(journal))
        return Error{
            tr("a rollback journal lies beside the report, but CPC Report Studio never writes one: it "
               "belongs to another file (perhaps copied along with this one). The report was not opened "
               "and is unchanged; move that file away to open it"),
            journal};
    const QString wal = reportPath + QStringLiteral("-wal");
    if (!nonEmpty(wal)) return success();
    const WalLog log = WalLog::read(wal);
    if (log.committedFrames() == 0) return success(); // SQLite would replay nothing from it

    const Error foreign{
        tr("this file of unsaved changes lies beside the report but was not written for it (it "
           "was probably copied from another report). The report was not opened and is "
           "unchanged; move that file away to open the report as it was last saved"),
        wal};
    const auto failed = [&](const QString& why) {
        return Error{tr("the file of unsaved changes beside the report could not be checked (%1)").arg(why),
                     wal, Error::Kind::Failed};
    };

    // Read the report's stamp and replay the log on private copies: the report itself stays untouched.
    QTemporaryDir dir;
    if (!dir.isValid()) return failed(dir.errorString());
    const QString copy = dir.filePath(QStringLiteral("check.cpcreport"));
    if (!QFile::copy(reportPath, copy)) return failed(tr("no room for a copy?"));
    FileStamp::Value before;
    {
        Database db;
        if (!db.open(copy, Database::Access::ReadWrite)) return foreign;
        before = FileStamp::read(db);
    }
    if (!before.current.isEmpty() && !log.committedPagesContain(before.current.toLatin1())) return foreign;
    if (!QFile::copy(wal, copy + QStringLiteral("-wal"))) return failed(tr("no room for a copy?"));
    Database db;
    if (!db.open(copy, Database::Access::ReadWrite)) return foreign;
    Statement check = db.prepare("PRAGMA quick_check;");
    if (!check.isValid() || !check.next() || check.text(0) != QLatin1String("ok")) return foreign;
    const FileStamp::Value after = FileStamp::read(db);
    if (before.current.isEmpty()) return success(); // written before stamps: the sound replay is all we know
    if (after.current == before.current) return success();
    // A stamp renewed in this very log (the renewal's own transaction, counter 0, is in it): its writer
    // opened this file and could not yet copy the renewal into it. A log that only names the report's
    // stamp as the one before (a copy of the file, renewed elsewhere) is another file's.
    const QByteArray renewal =
        (after.current + QLatin1Char(' ') + before.current + QStringLiteral(" 0")).toLatin1();
    if (after.previous == before.current && log.committedPagesContain(renewal)) return success();
    return foreign;
}

} // namespace cpc
