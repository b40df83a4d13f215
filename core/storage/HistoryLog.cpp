#include "storage/HistoryLog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cpc {

namespace {
constexpr const char* kColumns =
    "SELECT id, rev, grp, at, author, origin, path, old_value, new_value FROM history ";
}

QString HistoryLog::encode(const QJsonValue& v)
{
    if (v.isUndefined()) return QString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue HistoryLog::decode(const QString& text, bool isNull)
{
    if (isNull) return QJsonValue(QJsonValue::Undefined);
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    return a.isEmpty() ? QJsonValue(QJsonValue::Undefined) : a.first();
}

Status HistoryLog::record(const HistoryEntry& e) const
{
    return record(QList<HistoryEntry>{e});
}

Status HistoryLog::record(const QList<HistoryEntry>& entries) const
{
    // One prepared statement for the lot: an import records thousands of rows.
    Statement s =
        m_db.prepare("INSERT INTO history(rev, grp, at, author, origin, path, old_value, new_value) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    for (const HistoryEntry& e : entries) {
        s.bind(1, e.id).bind(2, e.group).bind(3, e.at.toString(Qt::ISODateWithMs)).bind(4, e.author);
        s.bind(5, changeOriginId(e.origin)).bind(6, e.path.toString());
        if (e.oldValue.isUndefined())
            s.bindNull(7);
        else
            s.bind(7, encode(e.oldValue));
        if (e.newValue.isUndefined())
            s.bindNull(8);
        else
            s.bind(8, encode(e.newValue));
        if (!s.exec()) return Error{s.errorMessage(), QString(), Error::Kind::Failed};
    }
    return success();
}

QList<HistoryEntry> HistoryLog::read(Statement& s) const
{
    QList<HistoryEntry> out;
    while (s.next()) {
        HistoryEntry e;
        e.id = s.integer(1); // the revision identifies an edit everywhere outside this table
        e.group = s.integer(2);
        e.at = QDateTime::fromString(s.text(3), Qt::ISODateWithMs);
        e.author = s.text(4);
        // Only the history's own words are ever written; an unknown one is taken for an edit.
        e.origin = changeOriginFromId(s.text(5)).value_or(ChangeOrigin::Edit);
        e.path = FieldPath::fromString(s.text(6));
        e.oldValue = decode(s.text(7), s.isNull(7));
        e.newValue = decode(s.text(8), s.isNull(8));
        out.append(e);
    }
    return out;
}

QList<HistoryEntry> HistoryLog::entries(const FieldPath& under, int limit) const
{
    if (under.isEmpty()) {
        Statement s = m_db.prepare((QByteArray(kColumns) + "ORDER BY id DESC LIMIT ?").constData());
        s.bind(1, qint64(limit < 0 ? -1 : limit));
        QList<HistoryEntry> out = read(s);
        std::reverse(out.begin(), out.end());
        return out;
    }
    Statement s =
        m_db.prepare((QByteArray(kColumns) + "WHERE path = ?1 OR substr(path, 1, length(?1) + 1) = ?1 || '/' "
                                             "ORDER BY id DESC LIMIT ?2")
                         .constData());
    s.bind(1, under.toString()).bind(2, qint64(limit < 0 ? -1 : limit));
    QList<HistoryEntry> out = read(s);
    std::reverse(out.begin(), out.end());
    return out;
}

std::optional<HistoryEntry> HistoryLog::lastAtOrBefore(const FieldPath& path, qint64 rev) const
{
    Statement s = m_db.prepare(
        (QByteArray(kColumns) + "WHERE path = ? AND rev <= ? ORDER BY rev DESC LIMIT 1").constData());
    s.bind(1, path.toString()).bind(2, rev);
    QList<HistoryEntry> e = read(s);
    return e.isEmpty() ? std::nullopt : std::optional<HistoryEntry>(e.first());
}

std::optional<HistoryEntry> HistoryLog::firstAfter(const FieldPath& path, qint64 rev) const
{
    Statement s = m_db.prepare(
        (QByteArray(kColumns) + "WHERE path = ? AND rev > ? ORDER BY rev ASC LIMIT 1").constData());
    s.bind(1, path.toString()).bind(2, rev);
    QList<HistoryEntry> e = read(s);
    return e.isEmpty() ? std::nullopt : std::optional<HistoryEntry>(e.first());
}

} // namespace cpc
