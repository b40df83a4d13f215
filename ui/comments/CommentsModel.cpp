#include "comments/CommentsModel.h"

#include "model/Paths.h"
#include "navigator/ReviewTarget.h"
#include "storage/ReportDocument.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace cpc {

CommentsModel::CommentsModel(QObject* parent) : QAbstractListModel(parent) {}

void CommentsModel::setDocument(const ReportDocument* doc)
{
    if (m_doc) disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (m_doc)
        connect(m_doc, &ReportDocument::changed, this, [this](const QList<FieldPath>& paths) {
            for (const FieldPath& p : paths)
                if (const auto m = FieldSchema::match(p);
                    m && (m->spec->owner == FieldOwner::Comments || Paths::ownerOf(*m) == p))
                    return reload(); // the comments, or a whole part of the report added or removed
        });
    reload();
}

void CommentsModel::setTarget(const QString& kind, const QString& id)
{
    m_kind = kind;
    m_id = id;
    reload();
}

void CommentsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_doc && !m_kind.isEmpty()) {
        const QList<Comment>& all = m_doc->report().comments;
        for (int i = 0; i < all.size(); ++i)
            if (all[i].targetKind == m_kind && all[i].target == m_id) m_rows << i;
    }
    endResetModel();
}

bool CommentsModel::isResolved() const
{
    if (m_rows.isEmpty()) return false;
    for (int i : m_rows)
        if (!m_doc->report().comments.at(i).resolved) return false;
    return true;
}

int CommentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString CommentsModel::when(const QString& isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : isoUtc;
}

QVariant CommentsModel::data(const QModelIndex& index, int role) const
{
    if (!m_doc || !index.isValid() || index.row() >= m_rows.size()) return {};
    const Comment& c = m_doc->report().comments.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole: {
        QString head = tr("%1 · %2").arg(ReviewTarget::entityName(m_doc->report(), c.author), when(c.at));
        if (c.resolved) head += QStringLiteral(" · ") + tr("resolved");
        return head + QLatin1Char('\n') + c.text;
    }
    case Qt::ToolTipRole:
        return c.text;
    case Qt::ForegroundRole:
        return c.resolved ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    case AuthorRole:
        return c.author;
    case AtRole:
        return c.at;
    case TextRole:
        return c.text;
    case ResolvedRole:
        return c.resolved;
    default:
        return {};
    }
}

} // namespace cpc
