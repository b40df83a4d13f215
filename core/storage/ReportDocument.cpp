#include "storage/ReportDocument.h"

#include "edit/ChangeApplier.h"
#include "edit/FieldValues.h"
#include "edit/ReportTexts.h"
#include "edit/TextChange.h"
#include "model/TextSource.h"
#include "storage/FileStamp.h"
#include "storage/HistoryLog.h"
#include "storage/ReportFile.h"
#include "storage/StoreReader.h"
#include "storage/StoreWriter.h"
#include "template/TemplateReader.h"
#include "util/OutputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUuid>

namespace cpc {

namespace {

Error failed(const Error& e, const QString& where)
{
    return Error{ReportDocument::tr("the change could not be saved (%1); nothing was changed").arg(e.message),
                 where, Error::Kind::Failed};
}

// Writes back every object the changes touched, as it now is in `next`.
Status writeTouched(StoreWriter& w, const Report& next, const TouchedObjects& t)
{
    for (int i = 0; i < next.entities.size(); ++i)
        if (t.entities.contains(next.entities[i].id))
            if (Status s = w.writeEntity(next.entities[i], i); !s) return s;
    if (t.info)
        if (Status s = w.writeInfo(next.info); !s) return s;
    QSet<QString> written;
    for (int i = 0; i < next.sections.size(); ++i) {
        const Section& sec = next.sections[i];
        if (t.sections.contains(sec.id))
            if (Status s = w.writeSection(sec, i); !s) return s;
        for (int k = 0; k < sec.activities.size(); ++k) {
            if (!t.activities.contains(sec.activities[k].id)) continue;
            if (Status s = w.writeActivity(sec.activities[k], sec.id, k); !s) return s;
            written.insert(sec.activities[k].id);
        }
    }
    for (int i = 0; i < next.indicators.size(); ++i)
        if (t.indicators.contains(next.indicators[i].id))
            if (Status s = w.writeIndicator(next.indicators[i], i); !s) return s;
    if (t.glossary)
        if (Status s = w.writeGlossary(next.glossary); !s) return s;
    if (t.comments)
        if (Status s = w.writeComments(next.comments); !s) return s;
    if (t.breakdownLabels)
        if (Status s = w.writeBreakdownLabels(next.breakdownLabels); !s) return s;
    // What was touched and is no longer there was removed.
    for (const QString& id : t.activities)
        if (!written.contains(id))
            if (Status s = w.remove("activity", id); !s) return s;
    for (const QString& id : t.sections)
        if (!next.section(id))
            if (Status s = w.remove("section", id); !s) return s;
    for (const QString& id : t.indicators)
        if (!next.indicator(id))
            if (Status s = w.remove("indicator", id); !s) return s;
    for (const QString& id : t.entities)
        if (!next.entity(id))
            if (Status s = w.remove("entity", id); !s) return s;
    return success();
}

qint64 highestRevision(const Report& r)
{
    qint64 top = 0;
    ReportTexts::forEach(r, [&](const FieldPath&, const BiText& t) {
        for (Language l : {Language::En, Language::Es})
            top = std::max({top, t.rev(l), t.basis(l)});
    });
    return top;
}

} // namespace

ReportDocument::ReportDocument(QString path, Mode mode, std::unique_ptr<ReportFile> file, Report report)
    : m_path(std::move(path)), m_mode(mode), m_file(std::move(file)), m_report(std::move(report))
{
}

ReportDocument::~ReportDocument() = default;

Result<std::unique_ptr<ReportDocument>> ReportDocument::open(const QString& path, Mode mode)
{
    auto file = ReportFile::open(path, mode == Mode::ReadOnly);
    if (!file) return file.error();
    Result<Report> report = StoreReader::load(file.value()->db());
    if (!report) return Error{report.error().message, path};
    return std::unique_ptr<ReportDocument>(new ReportDocument(path, mode, file.take(), report.take()));
}

Result<std::unique_ptr<ReportDocument>> ReportDocument::create(const QString& path, const Report& report,
                                                               const QByteArray& templateJson,
                                                               const QString& author)
{
    auto file = ReportFile::createTemporary(path);
    if (!file) return file.error();
    ReportFile& f = *file.value();
    {
        Transaction t(f.db());
        if (!t.isActive()) return failed(t.beginError(), path);
        StoreWriter w(f.db());
        const qint64 rev = highestRevision(report) + 1;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Status s = w.writeAll(report);
        if (s)
            s = f.setMeta(QStringLiteral("report_uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (s) s = f.setMeta(QStringLiteral("template_json"), QString::fromUtf8(templateJson));
        if (s) s = f.setMeta(QStringLiteral("created_at"), now.toString(Qt::ISODate));
        if (s)
            s = f.setMeta(QStringLiteral("created_with"),
                          QStringLiteral("cpcreport ") + QCoreApplication::applicationVersion());
        if (s) s = f.setMeta(QStringLiteral("revision"), QString::number(rev));
        if (s)
            s = HistoryLog(f.db()).record(HistoryEntry{rev, rev, now, author, ChangeOrigin::New, FieldPath(),
                                                       QJsonValue(QJsonValue::Undefined),
                                                       QJsonValue(QJsonValue::Undefined)});
        if (s) s = t.commit();
        if (!s) return Error{s.error().message, path, s.error().kind};
    }
    if (Status s = f.publish(); !s) return s.error();
    return std::unique_ptr<ReportDocument>(new ReportDocument(path, Mode::ReadWrite, file.take(), report));
}

QString ReportDocument::lockHolder(const QString& path)
{
    return FileLock::holder(path);
}
QByteArray ReportDocument::templateJson() const
{
    return m_file->meta(QStringLiteral("template_json")).toUtf8();
}

std::shared_ptr<const Template> ReportDocument::reportTemplate() const
{
    // The first caller parses it; call_once keeps that true should two threads ask at once.
    std::call_once(m_templateRead, [this] {
        const QByteArray json = templateJson();
        if (json.isEmpty()) return;
        if (auto read = TemplateReader::read(json))
            m_template = std::make_shared<const Template>(read.take());
    });
    return m_template;
}

QString ReportDocument::reportUuid() const
{
    return m_file->meta(QStringLiteral("report_uuid"));
}
qint64 ReportDocument::revision() const
{
    return m_file->meta(QStringLiteral("revision")).toLongLong();
}

Status ReportDocument::apply(const ChangeSet& set)
{
    return apply(set, {});
}

Status ReportDocument::apply(const ChangeSet& set, const QList<QPair<QString, QString>>& settings)
{
    if (set.changes.isEmpty()) return settings.isEmpty() ? success() : setSettings(settings);
    if (m_mode == Mode::ReadOnly)
        return Error{ReportDocument::tr("the report is open read-only; nothing was changed"), m_path,
                     Error::Kind::Failed};

    if (m_guard)
        for (const FieldChange& c : set.changes)
            if (Status s = m_guard(m_report, c); !s) return s;

    Report next = m_report;
    TouchedObjects touched;
    ChangeApplier applier(next, touched);
    const qint64 first = revision() + 1;
    qint64 rev = first;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HistoryEntry> entries;
    QList<FieldPath> paths;
    for (const FieldChange& c : set.changes) {
        const QJsonValue before = applier.value(c.path);
        const bool wasStale =
            c.confirm && FieldValues::get(next, c.path.parent()).toObject().contains(QStringLiteral("stale"));
        // A text whose sides arrived together learns which is its source before its first edit.
        if (languageFromCode(c.path.last()))
            if (BiText* text = TextChange::find(next, c.path.parent()))
                TextSource::settle(*text, next.info.sourceLanguage);
        if (Status s = applier.apply(c, rev); !s) return s;
        const QJsonValue after = applier.value(c.path);
        if (before == after && !wasStale) continue;
        entries.append(HistoryEntry{rev, first, now, set.authors.value(c.path.toString(), set.author),
                                    set.origin, c.path, before, after});
        paths.append(c.path);
        ++rev;
    }
    if (entries.isEmpty()) return settings.isEmpty() ? success() : setSettings(settings);
    if (next.info.periodStart > next.info.periodEnd)
        return Error{ReportDocument::tr("the reporting period ends before it starts"),
                     QStringLiteral("report/period")};

    Transaction t(m_file->db());
    if (!t.isActive()) return failed(t.beginError(), m_path);
    StoreWriter w(m_file->db());
    const HistoryLog log(m_file->db());
    Status s = writeTouched(w, next, touched);
    if (s) s = log.record(entries);
    if (s) s = writeSettings(settings);
    if (s) s = m_file->setMeta(QStringLiteral("revision"), QString::number(rev - 1));
    if (s) s = t.commit();
    if (!s) return failed(s.error(), m_path);

    m_report = std::move(next);
    emit changed(paths);
    return success();
}

QList<HistoryEntry> ReportDocument::history(const FieldPath& path, int limit) const
{
    return HistoryLog(m_file->db()).entries(path, limit);
}

QJsonValue ReportDocument::valueAt(const FieldPath& path, qint64 rev) const
{
    const HistoryLog log(m_file->db());
    if (auto e = log.lastAtOrBefore(path, rev)) return e->newValue;
    if (auto e = log.firstAfter(path, rev)) return e->oldValue;
    return FieldValues::get(m_report, path);
}

QString ReportDocument::setting(const QString& key) const
{
    Statement s = m_file->db().prepare("SELECT value FROM setting WHERE key = ?");
    s.bind(1, key);
    return s.next() ? s.text(0) : QString();
}

QStringList ReportDocument::settingKeys(const QString& prefix) const
{
    QStringList keys;
    Statement s =
        m_file->db().prepare("SELECT key FROM setting WHERE substr(key, 1, length(?1)) = ?1 ORDER BY key");
    s.bind(1, prefix);
    while (s.next())
        keys << s.text(0);
    return keys;
}

Status ReportDocument::setSetting(const QString& key, const QString& value)
{
    return setSettings({{key, value}});
}

Status ReportDocument::setSettings(const QList<QPair<QString, QString>>& values,
                                   const std::function<Status()>& beforeCommit)
{
    if (m_mode == Mode::ReadOnly)
        return Error{ReportDocument::tr("the report is open read-only; nothing was changed"), m_path,
                     Error::Kind::Failed};
    Transaction t(m_file->db());
    if (!t.isActive()) return failed(t.beginError(), m_path);
    if (Status s = writeSettings(values); !s) return failed(s.error(), m_path);
    if (beforeCommit)
        if (Status s = beforeCommit(); !s) return s;
    if (Status c = t.commit(); !c) return failed(c.error(), m_path);
    return success();
}

Status ReportDocument::writeSettings(const QList<QPair<QString, QString>>& values)
{
    for (const auto& [key, value] : values) {
        Statement s =
            m_file->db().prepare(value.isNull() ? "DELETE FROM setting WHERE key = ?1"
                                                : "INSERT INTO setting(key, value) VALUES(?1, ?2) "
                                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        s.bind(1, key);
        if (!value.isNull()) s.bind(2, value);
        if (!s.exec()) return Error{s.errorMessage(), QString(), Error::Kind::Failed};
    }
    return success();
}

Status ReportDocument::copyInto(const QString& emptyFile) const
{
    Statement s = m_file->db().prepare("VACUUM INTO ?");
    s.bind(1, emptyFile);
    if (!s.exec())
        return Error{ReportDocument::tr("the copy could not be written (%1)").arg(s.errorMessage()),
                     emptyFile, Error::Kind::Failed};
    // A copy is another file: a log written for this one must never be taken as the copy's (FileStamp).
    Database copy;
    Status st = copy.open(emptyFile, Database::Access::ReadWrite);
    if (st) st = FileStamp::renew(copy);
    if (!st)
        return Error{ReportDocument::tr("the copy could not be written (%1)").arg(st.error().message),
                     emptyFile, Error::Kind::Failed};
    return success();
}

Status ReportDocument::saveCopy(const QString& targetPath) const
{
    OutputFile out(targetPath, {m_path});
    if (Status s = out.open(); !s) return s;
    if (Status s = copyInto(out.temporaryPath()); !s)
        return Error{s.error().message, targetPath, s.error().kind};
    return out.commit();
}

} // namespace cpc
