#pragma once

#include "import/IndicatorImport.h"

#include <QAbstractTableModel>

namespace cpc {

// The values an import would change, one row each: indicator, year, what, old → new, and the row of the
// file it comes from.
class ImportChangesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Indicator, Year, What, Before, After, Place, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<ImportPreviewItem>& items, const Report& report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ImportPreviewItem> m_items;
    QHash<QString, Unit> m_units; // indicator id → unit, for formatting
};

// Every bad row of a data file: the file, the line (CSV) or sheet and cell (XLSX), the column, and what
// is wrong.
class ImportErrorsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { File, Place, ColumnName, Message, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    // `fileName` is the name the plan's places start with.
    void setErrors(const QList<Error>& errors, const QString& fileName);

    struct Row {
        QString file, place, column, message;
    };
    const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
};

} // namespace cpc
