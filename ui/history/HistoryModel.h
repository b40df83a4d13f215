#pragma once

#include "storage/ReportDocument.h"

#include <QAbstractTableModel>

namespace cpc {

// The recorded edits of one field, newest first: when, who, how (typed, merged, restored...), from what
// to what. Reloads when that field changes.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, HowColumn, FromColumn, ToColumn, ColumnCount };

    explicit HistoryModel(QObject* parent = nullptr);

    void setDocument(const ReportDocument* doc);
    void setPath(const FieldPath& path);
    const FieldPath& path() const { return m_path; }
    const HistoryEntry& entry(int row) const { return m_entries.at(row); }

    static QString originName(ChangeOrigin origin);
    // Who made an edit as people say it: an entity's name, the user's name, or "(unknown)".
    static QString authorName(const ReportDocument* doc, const QString& author);
    // Whether the field holds formatted text (Markdown), shown formatted rather than as its source.
    static bool isFormatted(const FieldPath& path);
    // A value as the user reads it: formatted text as its words, without Markdown marks.
    static QString readable(const FieldPath& path, const QJsonValue& v);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How many edits of one field are listed; older ones are rarely wanted and cost time to show.
    static constexpr int kMaxEntries = 500;

private:
    void reload();

    const ReportDocument* m_doc = nullptr;
    FieldPath m_path;
    QList<HistoryEntry> m_entries;
};

} // namespace cpc
