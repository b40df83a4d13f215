#pragma once

#include "model/Comment.h"

#include <QAbstractListModel>

namespace cpc {

class ReportDocument;

// The thread on one section, activity or indicator: its comments in order, by entity and date. Follows
// the document; `commentIndex` maps a row back to the report's list of comments.
class CommentsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { AuthorRole = Qt::UserRole + 1, AtRole, TextRole, ResolvedRole };

    explicit CommentsModel(QObject* parent = nullptr);

    void setDocument(const ReportDocument* doc);
    void setTarget(const QString& kind, const QString& id); // empty kind: no thread
    int commentIndex(int row) const { return m_rows.value(row, -1); }
    bool isResolved() const; // every comment of the thread is resolved (and there is one)

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "2 Aug 2023, 10:00" in the user's locale and time zone.
    static QString when(const QString& isoUtc);

private:
    void reload();

    const ReportDocument* m_doc = nullptr;
    QString m_kind, m_id;
    QList<int> m_rows;
};

} // namespace cpc
