#include "navigator/ReportTreeModel.h"

#include "common/UiLanguage.h"
#include "merge/ContributionRequest.h"
#include "merge/ContributionScope.h"
#include "storage/ReportDocument.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSet>

namespace cpc {

namespace {

QString keyOf(const NavNode& n)
{
    return QString::number(int(n.kind)) + QLatin1Char(':') + n.id;
}

// A round mark in a colour that reads on light and dark backgrounds; the words carry the meaning.
QIcon dot(const QColor& c)
{
    static QHash<QRgb, QIcon> cache;
    if (auto it = cache.constFind(c.rgb()); it != cache.constEnd()) return *it;
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(90, 90, 90), 2));
    p.setBrush(c);
    p.drawEllipse(QRectF(5, 5, 22, 22));
    p.end();
    return cache.insert(c.rgb(), QIcon(pm)).value();
}

QColor statusColor(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::NotStarted:
        break;
    case ReviewStatus::Drafting:
        return QColor(0x3b, 0x82, 0xf6);
    case ReviewStatus::Submitted:
        return QColor(0xa8, 0x55, 0xf7);
    case ReviewStatus::Returned:
        return QColor(0xef, 0x44, 0x44);
    case ReviewStatus::Approved:
        return QColor(0x22, 0xc5, 0x5e);
    }
    return QColor(0xd4, 0xd4, 0xd4); // not started
}

QColor translationColor(TranslationState s)
{
    if (s == TranslationState::Stale) return QColor(0xf5, 0x9e, 0x0b);
    if (s == TranslationState::Missing) return QColor(0xef, 0x44, 0x44);
    return QColor(0x22, 0xc5, 0x5e);
}

} // namespace

ReportTreeModel::ReportTreeModel(QObject* parent) : QAbstractItemModel(parent)
{
    m_items << Item{};
}

void ReportTreeModel::setDocument(const ReportDocument* doc)
{
    if (m_doc) disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (m_doc) connect(m_doc, &ReportDocument::changed, this, &ReportTreeModel::onChanged);
    // A contribution cannot change its own assignments: its parts are known once, when it is opened.
    m_ownParts.clear();
    if (const auto request = m_doc ? ContributionRequest::of(*m_doc) : std::nullopt) {
        const ContributionScope scope(m_doc->report(), request->entity);
        for (const QString& id : scope.sections())
            m_ownParts.insert(keyOf(NavNode{NodeKind::Section, id}));
        for (const QString& id : scope.activities())
            m_ownParts.insert(keyOf(NavNode{NodeKind::Activity, id}));
        for (const QString& id : scope.indicators())
            m_ownParts.insert(keyOf(NavNode{NodeKind::Indicator, id}));
    }
    rebuild();
}

QList<ReportTreeModel::Item> ReportTreeModel::buildItems() const
{
    QList<Item> items{Item{}};
    auto add = [&](int parent, NavNode n) {
        items << Item{std::move(n), parent, {}};
        const int i = int(items.size()) - 1;
        items[parent].children << i;
        return i;
    };
    if (!m_doc) return items;
    const Report& r = m_doc->report();
    add(0, NavNode{NodeKind::Cover, {}});
    for (const Section& s : r.sections) {
        const int si = add(0, NavNode{NodeKind::Section, s.id});
        for (const Activity& a : s.activities)
            add(si, NavNode{NodeKind::Activity, a.id});
    }
    const int ind = add(0, NavNode{NodeKind::IndicatorsRoot, {}});
    QList<int> objectives;
    for (const Indicator& i : r.indicators)
        if (!objectives.contains(i.objective)) objectives << i.objective;
    std::sort(objectives.begin(), objectives.end());
    for (int o : objectives) {
        const int oi = add(ind, NavNode{NodeKind::IndicatorObjective, QString::number(o)});
        for (const Indicator& i : r.indicators)
            if (i.objective == o) add(oi, NavNode{NodeKind::Indicator, i.id});
    }
    add(0, NavNode{NodeKind::Glossary, {}});
    add(0, NavNode{NodeKind::Entities, {}});
    return items;
}

void ReportTreeModel::rebuild()
{
    beginResetModel();
    m_items = buildItems();
    m_itemByKey.clear();
    for (int i = 1; i < m_items.size(); ++i)
        m_itemByKey.insert(keyOf(m_items[i].node), i);
    m_tallies.count(m_doc ? &m_doc->report() : nullptr);
    endResetModel();
}

void ReportTreeModel::onChanged(const QList<FieldPath>& paths)
{
    QList<Item> next = buildItems();
    bool same = next.size() == m_items.size();
    for (int i = 0; same && i < next.size(); ++i)
        same = next[i].node == m_items[i].node && next[i].parent == m_items[i].parent;
    if (!same) {
        rebuild();
        return;
    }
    m_tallies.count(m_doc ? &m_doc->report() : nullptr);
    // Only the rows a change touches are refreshed: refreshing every row made each typed word cost the
    // view a full repaint query (tens of milliseconds on a large report). A row's translation tally also
    // counts in its ancestors' (an indicator's in its objective's and the indicators'), so they go too.
    QSet<int> rows;
    const Report& r = m_doc->report();
    for (const FieldPath& p : paths) {
        for (int i = m_itemByKey.value(keyOf(NavNode::forPath(p, r)), -1); i > 0; i = m_items[i].parent)
            rows.insert(i);
        if (rows.size() > kMaxRowRefreshes) break;
    }
    if (paths.isEmpty() || rows.size() > kMaxRowRefreshes) {
        emitAllChanged(QModelIndex());
        return;
    }
    for (int i : rows) {
        const int row = int(m_items[m_items[i].parent].children.indexOf(i));
        emit dataChanged(createIndex(row, 0, quintptr(i)), createIndex(row, ColumnCount - 1, quintptr(i)));
    }
}

void ReportTreeModel::emitAllChanged(const QModelIndex& parent)
{
    const int rows = rowCount(parent);
    if (rows == 0) return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int r = 0; r < rows; ++r)
        emitAllChanged(index(r, 0, parent));
}

NavNode ReportTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() >= quintptr(m_items.size())) return NavNode{};
    return m_items[int(index.internalId())].node;
}

QModelIndex ReportTreeModel::indexOf(const NavNode& n, int column) const
{
    for (int i = 1; i < m_items.size(); ++i)
        if (m_items[i].node == n) {
            const int row = int(m_items[m_items[i].parent].children.indexOf(i));
            return createIndex(row, column, quintptr(i));
        }
    return QModelIndex();
}

QModelIndex ReportTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    if (p >= m_items.size() || row < 0 || row >= m_items[p].children.size() || column < 0 ||
        column >= ColumnCount)
        return QModelIndex();
    return createIndex(row, column, quintptr(m_items[p].children[row]));
}

QModelIndex ReportTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) return QModelIndex();
    const int p = m_items[int(child.internalId())].parent;
    if (p <= 0) return QModelIndex();
    const int gp = m_items[p].parent;
    return createIndex(int(m_items[gp].children.indexOf(p)), 0, quintptr(p));
}

int ReportTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) return 0;
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    return p < m_items.size() ? int(m_items[p].children.size()) : 0;
}

int ReportTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString ReportTreeModel::translationName(TranslationState s)
{
    if (s == TranslationState::Missing) return tr("Translation missing");
    if (s == TranslationState::Stale) return tr("Translation stale");
    return tr("Translation current");
}

QString ReportTreeModel::translationShortName(TranslationState s)
{
    if (s == TranslationState::Missing) return tr("Missing", "translation state");
    if (s == TranslationState::Stale) return tr("Stale", "translation state");
    return tr("Current", "translation state");
}

std::optional<ReviewStatus> ReportTreeModel::status(const NavNode& n) const
{
    const Report& r = m_doc->report();
    switch (n.kind) {
    case NodeKind::Section:
        if (const Section* s = r.section(n.id)) return s->review.status;
        break;
    case NodeKind::Activity:
        if (const Activity* a = r.activity(n.id)) return a->review.status;
        break;
    case NodeKind::Indicator:
        if (const Indicator* i = r.indicator(n.id)) return i->review.status;
        break;
    default:
        break;
    }
    return std::nullopt;
}

QString ReportTreeModel::title(const NavNode& n) const
{
    const Report& r = m_doc->report();
    switch (n.kind) {
    case NodeKind::Cover:
        return tr("Cover details");
    case NodeKind::Section:
        if (const Section* s = r.section(n.id)) {
            const QString t = UiLanguage::pick(s->title.en(), s->title.es());
            return t.isEmpty() ? s->id : t;
        }
        break;
    case NodeKind::Activity:
        if (const Activity* a = r.activity(n.id))
            return a->id + QLatin1Char(' ') + UiLanguage::pick(a->title.en(), a->title.es());
        break;
    case NodeKind::IndicatorsRoot:
        return tr("Indicators");
    case NodeKind::IndicatorObjective: {
        const int o = n.id.toInt();
        return o > 0 ? tr("Objective %1").arg(o) : tr("No objective");
    }
    case NodeKind::Indicator:
        if (const Indicator* i = r.indicator(n.id))
            return i->id + QLatin1Char(' ') + UiLanguage::pick(i->name.en(), i->name.es());
        break;
    case NodeKind::Glossary:
        return tr("Glossary");
    case NodeKind::Entities:
        return tr("Entities");
    }
    return n.id;
}

bool ReportTreeModel::isOwnPart(const NavNode& n) const
{
    return !m_ownParts.isEmpty() && m_ownParts.contains(keyOf(n));
}

QVariant ReportTreeModel::data(const QModelIndex& index, int role) const
{
    if (!m_doc || !index.isValid()) return QVariant();
    const NavNode n = node(index);
    switch (role) {
    case KindRole:
        return int(n.kind);
    case IdRole:
        return n.id;
    case StatusIdRole:
        if (const auto s = status(n)) return reviewStatusId(*s);
        return QString();
    case TranslationIdRole:
        if (const auto s = TranslationTallies::state(m_tallies.of(n))) return TranslationTallies::stateId(*s);
        return QString();
    case OwnPartRole:
        return isOwnPart(n);
    default:
        break;
    }
    // In a partner's copy their own parts stand out (bold, marked) from what is shown only for context.
    if (isOwnPart(n)) {
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::BackgroundRole) return QColor(0x3b, 0x82, 0xf6, 40);
    }
    const std::optional<ReviewStatus> status = this->status(n);
    const TranslationTallies::Tally t = m_tallies.of(n);
    const std::optional<TranslationState> translation = TranslationTallies::state(t);
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole) return title(n);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            QStringList parts{title(n)};
            if (isOwnPart(n)) parts << tr("your part, open for writing");
            if (status) parts << Workflow::statusName(*status);
            if (translation) parts << translationName(*translation);
            return parts.join(QStringLiteral(" — "));
        }
        break;
    case StatusColumn:
        if (!status) return QVariant();
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) return Workflow::statusName(*status);
        if (role == Qt::DecorationRole) return dot(statusColor(*status));
        if (role == Qt::ToolTipRole) return Workflow::statusName(*status);
        break;
    case TranslationColumn:
        if (!translation) return QVariant();
        // The column's header says "Translation": its cells say only the state, so that it fits.
        if (role == Qt::DisplayRole) return translationShortName(*translation);
        if (role == Qt::AccessibleTextRole) return translationName(*translation);
        if (role == Qt::DecorationRole) return dot(translationColor(*translation));
        if (role == Qt::ToolTipRole)
            return tr("%1 texts: %2 with the translation missing, %3 stale")
                .arg(QLocale().toString(t.texts), QLocale().toString(t.missing), QLocale().toString(t.stale));
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant ReportTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QVariant();
    switch (section) {
    case TitleColumn:
        return tr("Part of the report");
    case StatusColumn:
        return tr("Status");
    case TranslationColumn:
        return tr("Translation");
    default:
        return QVariant();
    }
}

} // namespace cpc
