#pragma once

#include "storage/Database.h"
#include "storage/ReportDocument.h"

namespace cpc {

// The history table: one row per changed value, written in the same transaction as the change.
class HistoryLog {
public:
    explicit HistoryLog(const Database& db) : m_db(db) {}

    Status record(const HistoryEntry& e) const;
    Status record(const QList<HistoryEntry>& entries) const; // all or stops at the first failure
    QList<HistoryEntry> entries(const FieldPath& under, int limit) const;
    // The newest entry for exactly `path` at or before `rev`, and the oldest after it.
    std::optional<HistoryEntry> lastAtOrBefore(const FieldPath& path, qint64 rev) const;
    std::optional<HistoryEntry> firstAfter(const FieldPath& path, qint64 rev) const;

    // Values are kept as JSON text, wrapped in an array so that strings, numbers and null all fit.
    static QString encode(const QJsonValue& v);
    static QJsonValue decode(const QString& text, bool isNull);

private:
    QList<HistoryEntry> read(Statement& s) const;
    const Database& m_db;
};

} // namespace cpc
