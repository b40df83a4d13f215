#pragma once

#include "storage/Database.h"
#include "storage/FileLock.h"

#include <QCoreApplication>
#include <memory>

namespace cpc {

// The .cpcreport file itself: an SQLite database marked as ours (application_id "CPCR"), at a known
// schema version, whose schema is exactly ours. Opening refuses anything else with a message that says
// what it is; an older version is upgraded after a copy of the original is kept beside it.
class ReportFile {
    Q_DECLARE_TR_FUNCTIONS(cpc::ReportFile)
public:
    static constexpr qint32 kApplicationId = 0x43504352; // "CPCR"

    ~ReportFile();

    static Result<std::unique_ptr<ReportFile>> open(const QString& path, bool readOnly);
    // Creates an empty file of the current schema at a temporary path beside `path`; publish() moves it
    // into place once it holds a report, so a failed creation leaves nothing behind.
    static Result<std::unique_ptr<ReportFile>> createTemporary(const QString& path);
    // Moves a file made by createTemporary() to its final path, refusing to overwrite anything there.
    Status publish();

    Database& db() { return m_db; }
    const Database& db() const { return m_db; }
    bool isReadOnly() const { return m_readOnly; }
    const QString& path() const { return m_path; }
    // Where the original was kept when opening upgraded an older file (empty otherwise).
    const QString& upgradeBackup() const { return m_backup; }

    QString meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value); // inside the caller's transaction

private:
    ReportFile() = default;
    Status configureForWriting();

    Database m_db;
    QString m_path;
    QString m_finalPath; // set while the file is still temporary
    QString m_backup;
    bool m_readOnly = false;
    std::unique_ptr<FileLock> m_lock;
    QString m_tempCopy; // a migrated copy opened read-only; removed on close
};

} // namespace cpc
