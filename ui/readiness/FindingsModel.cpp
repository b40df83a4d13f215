#include "readiness/FindingsModel.h"

#include "common/UiLanguage.h"
#include "model/FieldSchema.h"
#include "model/Report.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace cpc {

namespace {

// Group rows have internal id 0; a finding's row carries its group's index + 1.
constexpr quintptr kGroupId = 0;

QString placeOf(const Report& r, const Finding& f)
{
    const std::optional<FieldMatch> m = FieldSchema::matchWithin(f.path);
    const FieldOwner owner = m ? m->spec->owner : FieldOwner::Report;
    const QString id = m ? m->id() : QString();
    QString place;
    if (owner == FieldOwner::Section) {
        const Section* s = r.section(id);
        const QString title = s ? UiLanguage::pick(s->title.en(), s->title.es()) : QString();
        place = title.isEmpty() ? FindingsModel::tr("Section %1").arg(id)
                                : FindingsModel::tr("Section “%1”").arg(title);
    } else if (owner == FieldOwner::Activity) {
        const Activity* a = r.activity(id);
        const QString title = a ? UiLanguage::pick(a->title.en(), a->title.es()) : QString();
        place = title.isEmpty() ? FindingsModel::tr("Activity %1").arg(id)
                                : FindingsModel::tr("Activity %1 “%2”").arg(id, title);
    } else if (owner == FieldOwner::Indicator) {
        const Indicator* i = r.indicator(id);
        const QString title = i ? UiLanguage::pick(i->name.en(), i->name.es()) : QString();
        place = title.isEmpty() ? FindingsModel::tr("Indicator %1").arg(id)
                                : FindingsModel::tr("Indicator %1 “%2”").arg(id, title);
    } else if (owner == FieldOwner::Entity) {
        place = FindingsModel::tr("Entity %1").arg(id);
    } else if (owner == FieldOwner::Glossary) {
        place = FindingsModel::tr("Glossary term “%1”").arg(id);
    } else {
        place = FindingsModel::tr("The report");
    }
    if (f.year > 0) place += QStringLiteral(", ") + FindingsModel::tr("year %1").arg(f.year);
    if (f.language)
        place += QStringLiteral(" (") +
                 (*f.language == Language::En ? FindingsModel::tr("English") : FindingsModel::tr("Spanish")) +
                 u')';
    return place;
}

} // namespace

FindingsModel::FindingsModel(QObject* parent) : QAbstractItemModel(parent) {}

bool FindingsModel::isDismissable(const Finding& f)
{
    return f.rule.startsWith(QLatin1String("privacy."));
}

void FindingsModel::setFindings(const Report& report, const Findings& findings)
{
    beginResetModel();
    m_findings = findings;
    m_places.clear();
    m_groups.clear();
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        Group g{s, {}};
        for (int i = 0; i < m_findings.size(); ++i)
            if (m_findings.at(i).severity == s) g.rows << i;
        if (!g.rows.isEmpty()) m_groups << g;
    }
    for (const Finding& f : m_findings)
        m_places << placeOf(report, f);
    endResetModel();
}

const Finding* FindingsModel::finding(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupId) return nullptr;
    const Group& g = m_groups.at(int(index.internalId() - 1));
    return &m_findings.at(g.rows.at(index.row()));
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) return {};
    if (!parent.isValid()) return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size()) return {};
    if (row >= m_groups.at(parent.row()).rows.size()) return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId) return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0) return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int FindingsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString FindingsModel::groupLabel(const Group& g) const
{
    const int n = int(g.rows.size());
    switch (g.severity) {
    case Severity::Error:
        return tr("%n error(s): the report is not ready", nullptr, n);
    case Severity::Warning:
        return tr("%n warning(s): worth a look", nullptr, n);
    case Severity::Info:
        return tr("%n note(s)", nullptr, n);
    }
    return QString();
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) return {};
    if (index.internalId() == kGroupId) {
        const Group& g = m_groups.at(index.row());
        if (index.column() != MessageColumn) return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) return groupLabel(g);
        if (role == Qt::DecorationRole) {
            const QStyle::StandardPixmap icon = g.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                                : g.severity == Severity::Warning
                                                    ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        if (role == Qt::FontRole) {
            QFont f = QApplication::font();
            f.setBold(true);
            return f;
        }
        return {};
    }
    const Group& g = m_groups.at(int(index.internalId() - 1));
    const int i = g.rows.at(index.row());
    const Finding& f = m_findings.at(i);
    const QString message = f.message(UiLanguage::current());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == MessageColumn ? message : m_places.at(i);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString tip = m_places.at(i) + QStringLiteral(": ") + message;
        if (isDismissable(f))
            tip += u'\n' + tr("Privacy warnings can be dismissed once you have checked the text.");
        return tip;
    }
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == MessageColumn ? tr("Finding") : tr("Where");
}

} // namespace cpc
