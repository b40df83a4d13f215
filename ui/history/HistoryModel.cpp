#include "history/HistoryModel.h"

#include "common/EntityLabel.h"
#include "common/FieldLabel.h"
#include "model/FieldSchema.h"

#include <QLocale>

namespace cpc {

HistoryModel::HistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void HistoryModel::setDocument(const ReportDocument* doc)
{
    if (m_doc) disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (m_doc)
        connect(m_doc, &ReportDocument::changed, this, [this](const QList<FieldPath>& paths) {
            for (const FieldPath& p : paths)
                if (m_path.startsWith(p) || p.startsWith(m_path)) return reload();
        });
    reload();
}

void HistoryModel::setPath(const FieldPath& path)
{
    m_path = path;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (m_doc && !m_path.isEmpty()) {
        for (const HistoryEntry& e : m_doc->history(m_path, kMaxEntries))
            if (e.path == m_path) m_entries.prepend(e);
    }
    endResetModel();
}

QString HistoryModel::originName(ChangeOrigin origin)
{
    switch (origin) {
    case ChangeOrigin::Edit:
        return tr("edited");
    case ChangeOrigin::Apply:
        return tr("applied from a file");
    case ChangeOrigin::Import:
        return tr("imported");
    case ChangeOrigin::Merge:
        return tr("merged");
    case ChangeOrigin::Restore:
        return tr("restored");
    case ChangeOrigin::Undo:
        return tr("undone");
    case ChangeOrigin::Redo:
        return tr("redone");
    case ChangeOrigin::New:
        return tr("created");
    }
    return changeOriginId(origin);
}

QString HistoryModel::authorName(const ReportDocument* doc, const QString& author)
{
    if (author.isEmpty()) return tr("(unknown)");
    return doc && doc->report().entity(author) ? EntityLabel::of(doc->report(), author) : author;
}

bool HistoryModel::isFormatted(const FieldPath& path)
{
    // The texts written with Markdown's formatting: the narratives and the definitions.
    const std::optional<FieldMatch> m = FieldSchema::match(path);
    if (!m) return false;
    switch (m->kind()) {
    case FieldKind::SectionBody:
    case FieldKind::ActivityBody:
    case FieldKind::IndicatorDefinition:
    case FieldKind::GlossaryDefinition:
        return true;
    default:
        return false;
    }
}

QString HistoryModel::readable(const FieldPath& path, const QJsonValue& v)
{
    if (!isFormatted(path) || !v.isString()) return FieldLabel::fullText(v);
    return FieldLabel::plainText(v.toString());
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}
int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) return {};
    const HistoryEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return authorName(m_doc, e.author);
        case HowColumn:
            return originName(e.origin);
        case FromColumn:
            return isFormatted(e.path) ? FieldLabel::value(readable(e.path, e.oldValue), 60)
                                       : FieldLabel::value(e.oldValue, 60);
        case ToColumn:
            return isFormatted(e.path) ? FieldLabel::value(readable(e.path, e.newValue), 60)
                                       : FieldLabel::value(e.newValue, 60);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == FromColumn) return readable(e.path, e.oldValue);
        if (index.column() == ToColumn) return readable(e.path, e.newValue);
        if (index.column() == WhenColumn) return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case HowColumn:
        return tr("How");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    default:
        return {};
    }
}

} // namespace cpc
