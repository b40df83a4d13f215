#include "indicators/BreakdownLabelModel.h"

#include "common/UiLanguage.h"
#include "model/Paths.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace cpc {

namespace {

// The name shown for a code in the interface language: its label, else the code read as words.
QString shown(const BiText& label, const QString& code)
{
    const QString s = UiLanguage::pick(label.en(), label.es());
    return s.isEmpty() ? BreakdownLabels::readable(code) : s;
}

} // namespace

QString BreakdownLabelModel::shownName(const Report& report, const QString& dimension,
                                       const QString& category)
{
    const BreakdownLabels& l = report.breakdownLabels;
    return category.isEmpty() ? shown(l.dimension(dimension), dimension)
                              : shown(l.category(dimension, category), category);
}

BreakdownLabelModel::BreakdownLabelModel(ReportDocument* doc, EditSession* session, QString indicatorId,
                                         QObject* parent)
    : IndicatorTableModel(doc, session, std::move(indicatorId), parent)
{
    reload();
}

void BreakdownLabelModel::setYear(int year)
{
    m_year = year;
    reload();
}

void BreakdownLabelModel::reload()
{
    QList<Row> rows;
    if (const Indicator* ind = indicator())
        for (const Disaggregation& d : ind->disaggregation.value(m_year)) {
            rows.append(Row{d.dimension, QString()});
            for (const DisaggregationCategory& c : d.categories)
                rows.append(Row{d.dimension, c.name});
        }
    // The same rows with new names (a label edited here): keep the view's editor and selection.
    if (rows == m_rows) {
        if (!m_rows.isEmpty()) emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

FieldPath BreakdownLabelModel::pathOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() == Part) return FieldPath();
    const Row& r = m_rows[index.row()];
    const Language side = index.column() == English ? Language::En : Language::Es;
    return r.category.isEmpty() ? Paths::breakdownDimensionLabel(r.dimension, side)
                                : Paths::breakdownCategoryLabel(r.dimension, r.category, side);
}

int BreakdownLabelModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int BreakdownLabelModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownLabelModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows[index.row()];
    const BreakdownLabels& labels = m_doc->report().breakdownLabels;
    const BiText label =
        r.category.isEmpty() ? labels.dimension(r.dimension) : labels.category(r.dimension, r.category);
    if (index.column() == Part) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            if (r.category.isEmpty()) return tr("Breakdown: %1").arg(shown(label, r.dimension));
            return QStringLiteral("    ") + tr("Category: %1").arg(shown(label, r.category));
        }
        if (role == Qt::FontRole && r.category.isEmpty()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const Language side = index.column() == English ? Language::En : Language::Es;
    if (role == Qt::DisplayRole || role == Qt::EditRole) return label.text(side);
    if (label.text(side).isEmpty()) {
        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
            return side == Language::En
                       ? tr("No English name yet: the English report would print \"%1\".")
                             .arg(shown(label, r.category.isEmpty() ? r.dimension : r.category))
                       : tr("No Spanish name yet: the Spanish report would print \"%1\".")
                             .arg(shown(label, r.category.isEmpty() ? r.dimension : r.category));
        if (role == Qt::BackgroundRole)
            return QColor(0xff, 0xf4, 0xd6); // a gentle "to do", as the readiness warning
    }
    return {};
}

QVariant BreakdownLabelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Part) return tr("Printed as");
    if (section == English) return tr("English");
    if (section == Spanish) return tr("Spanish");
    return {};
}

bool BreakdownLabelModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const FieldPath path = pathOf(index);
    if (role != Qt::EditRole || path.isEmpty()) return false;
    const QString text = value.toString().simplified();
    if (text == data(index, Qt::EditRole).toString()) return false; // leaving a cell unchanged is not an edit
    const Row& r = m_rows[index.row()];
    const QString undoText = r.category.isEmpty() ? tr("Rename breakdown") : tr("Rename breakdown category");
    return m_session->edit({FieldChange{path, text, false}}, undoText);
}

Qt::ItemFlags BreakdownLabelModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != Part && !m_doc->isReadOnly()) f |= Qt::ItemIsEditable;
    return f;
}

} // namespace cpc
