#include "indicatordata/ImportPlanModels.h"

#include "common/UnitFormat.h"

#include <QRegularExpression>

namespace cpc {

void ImportChangesModel::setItems(const QList<ImportPreviewItem>& items, const Report& report)
{
    beginResetModel();
    m_items = items;
    m_units.clear();
    for (const cpc::Indicator& i : report.indicators)
        m_units.insert(i.id, i.unit);
    endResetModel();
}

int ImportChangesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}
int ImportChangesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportChangesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) return {};
    const ImportPreviewItem& c = m_items[index.row()];
    const Unit unit = m_units.value(c.indicator);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Indicator:
            return c.indicator;
        case Year:
            return c.year;
        case What:
            return c.what;
        case Before:
            return c.before ? UnitFormat::format(*c.before, unit) : tr("(none)");
        case After:
            return UnitFormat::format(c.after, unit);
        case Place:
            return c.place;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Before || index.column() == After || index.column() == Year))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Indicator:
        return tr("Indicator");
    case Year:
        return tr("Year");
    case What:
        return tr("Value");
    case Before:
        return tr("Now");
    case After:
        return tr("After import");
    case Place:
        return tr("From");
    default:
        return {};
    }
}

void ImportErrorsModel::setErrors(const QList<Error>& errors, const QString& fileName)
{
    beginResetModel();
    m_rows.clear();
    const QString prefix = fileName + QStringLiteral(", ");
    // Places are written in words by core (SourceTable), in the interface language: "file", "file, line 3",
    // "file, line 3, column “Meta”", "file, sheet “Hoja1”, cell C7 (column “Meta”)". The column's name is
    // the last quoted part; the rest after the file's name is the place.
    static const QRegularExpression columnPart(
        QStringLiteral("^(.*?)(?:, | \\()[^,(“«]*[“«]([^”»]*)[”»]\\)?$"));
    for (const Error& e : errors) {
        Row r;
        r.message = e.message;
        if (e.where.startsWith(prefix)) {
            r.file = fileName;
            const QString rest = e.where.mid(prefix.size());
            const QRegularExpressionMatch m = columnPart.match(rest);
            r.place = m.hasMatch() ? m.captured(1) : rest;
            if (m.hasMatch()) r.column = m.captured(2);
        } else if (e.where == fileName) {
            r.file = fileName;
        } else {
            r.file = e.where;
        }
        m_rows.append(r);
    }
    endResetModel();
}

int ImportErrorsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int ImportErrorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case File:
            return r.file;
        case Place:
            return r.place;
        case ColumnName:
            return r.column;
        case Message:
            return r.message;
        default:
            return {};
        }
    }
    return {};
}

QVariant ImportErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Place:
        return tr("Line or cell");
    case ColumnName:
        return tr("Column");
    case Message:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace cpc
