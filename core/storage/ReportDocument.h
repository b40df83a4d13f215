#pragma once

#include "edit/FieldChange.h"
#include "model/Report.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QObject>
#include <functional>
#include <memory>
#include <mutex>

namespace cpc {

class ReportFile;
struct Template;

// One recorded edit of one value, as the history table keeps it.
struct HistoryEntry {
    qint64 id = 0;    // also the report's revision number at that edit
    qint64 group = 0; // edits made together (one ChangeSet) share a group
    QDateTime at;     // UTC
    QString author;
    ChangeOrigin origin = ChangeOrigin::Edit;
    FieldPath path;
    QJsonValue oldValue; // Undefined when the value did not exist
    QJsonValue newValue;
};

// An open .cpcreport file and the report it holds, kept in memory and in step with the file.
//
// The one way to change a report: apply() a ChangeSet. It is validated whole, written in one SQLite
// transaction with its history rows, and only then shown in report(); on any error nothing changes, in
// the file or in memory. Listeners (the window's models) connect to changed().
class ReportDocument : public QObject {
    Q_OBJECT
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~ReportDocument() override;

    // Opens an existing file. Refuses a file that is not a report, is damaged or comes from a newer
    // version, with a message that says which. ReadWrite takes the writer's lock: when another process
    // holds it, the error says who (see lockHolder()) and the caller may retry ReadOnly.
    static Result<std::unique_ptr<ReportDocument>> open(const QString& path, Mode mode = Mode::ReadWrite);
    // Creates a new file holding `report` (refuses to overwrite). `templateJson` is the template the
    // report follows, kept in the file so that guidance travels with it (may be empty).
    static Result<std::unique_ptr<ReportDocument>> create(const QString& path, const Report& report,
                                                          const QByteArray& templateJson,
                                                          const QString& author = QString());

    const Report& report() const { return m_report; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    // Who holds the writer's lock on `path` ("Ana Pérez (MOI) on host, pid 123"), or empty.
    static QString lockHolder(const QString& path);

    // The template kept in the file (raw JSON), or empty.
    QByteArray templateJson() const;
    // The same template, parsed on first use and kept while the document is open (the pages that show its
    // guidance and lists ask on every page change); nullptr when the file keeps none or not a valid one.
    // Shared, so that a check running on another thread keeps it while the document closes.
    std::shared_ptr<const Template> reportTemplate() const;
    // A stable identity of the report, kept across copies of the file (contributions check it).
    QString reportUuid() const;
    // The report's current revision: the id of its newest history entry.
    qint64 revision() const;

    // Applies all of `changes` or none. Returns the Error (with the field path in `where`) when one is
    // invalid or the write fails. An empty or no-op set succeeds and records nothing.
    Status apply(const ChangeSet& changes);
    // The same, with settings written in the same transaction (a merge's record of what it decided): the
    // changes and the record are saved together or not at all.
    Status apply(const ChangeSet& changes, const QList<QPair<QString, QString>>& settings);

    // A rule every change must pass before it is applied (a contribution file allows only its entity's
    // parts). The guard sees the report as it is before the change set.
    using ChangeGuard = std::function<Status(const Report& current, const FieldChange& change)>;
    void setChangeGuard(ChangeGuard guard) { m_guard = std::move(guard); }

    // Recorded edits, oldest first: all of them, or those at or below `path` (e.g. sections/ID).
    QList<HistoryEntry> history(const FieldPath& path = FieldPath(), int limit = -1) const;
    // The value a field had right after revision `rev` (Undefined if it did not exist then).
    QJsonValue valueAt(const FieldPath& path, qint64 rev) const;

    // Key/value storage for other concerns (dismissed warnings, dictionary words, contribution
    // metadata...). Written in its own transaction. Keys are namespaced by the caller ("checks/...").
    QString setting(const QString& key) const;
    Status setSetting(const QString& key, const QString& value); // a null value removes the key
    // Several settings in one transaction; `beforeCommit` (optional) runs inside it, after the settings are
    // written: when it fails, nothing is recorded. So a record of something done outside the file (a
    // contribution file written) exists exactly when it was done.
    Status setSettings(const QList<QPair<QString, QString>>& values,
                       const std::function<Status()>& beforeCommit = {});
    QStringList settingKeys(const QString& prefix) const;

    // Writes a consistent copy of the file elsewhere (Save a Copy As, backups before upgrades), under the
    // output policy (OutputFile): never onto this report or another one, never onto a device.
    Status saveCopy(const QString& targetPath) const;
    // The copy, into an empty file (OutputFile::temporaryPath()); the copy gets its own file stamp.
    Status copyInto(const QString& emptyFile) const;

    // For modules that own their tables (merge, checks): the open file. Not for editing the report.
    ReportFile& file() { return *m_file; }

signals:
    // After a successful apply(): the paths that changed (as given in the ChangeSet, plus implied ones).
    void changed(const QList<cpc::FieldPath>& paths);

private:
    ReportDocument(QString path, Mode mode, std::unique_ptr<ReportFile> file, Report report);
    // Inside the caller's transaction.
    Status writeSettings(const QList<QPair<QString, QString>>& values);

    QString m_path;
    Mode m_mode;
    std::unique_ptr<ReportFile> m_file;
    Report m_report;
    ChangeGuard m_guard;
    mutable std::once_flag m_templateRead;
    mutable std::shared_ptr<const Template> m_template;
};

} // namespace cpc
