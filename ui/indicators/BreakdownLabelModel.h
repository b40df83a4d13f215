#pragma once

#include "indicators/IndicatorTableModel.h"
#include "model/FieldPath.h"

namespace cpc {

struct Report;

// The names a breakdown prints under, in both languages: a row for each dimension of one indicator's
// breakdown for one year, followed by a row for each of its categories. The English and Spanish cells
// are editable; each edit is one undo step through the EditSession (breakdown_labels/..., see
// edit/BreakdownLabelChange). The labels belong to the report, so renaming "Sexo" here renames it for
// every indicator that breaks down by it.
class BreakdownLabelModel : public IndicatorTableModel {
    Q_OBJECT
public:
    enum Column { Part, English, Spanish, ColumnCount };

    BreakdownLabelModel(ReportDocument* doc, EditSession* session, QString indicatorId,
                        QObject* parent = nullptr);

    void setYear(int year);
    void reload();
    // How the window names a dimension (or one of its categories, when given) in the interface language:
    // its label, the other language's when that one is empty, else the code read as words.
    static QString shownName(const Report& report, const QString& dimension,
                             const QString& category = QString());

    // The label path a cell edits (…/label/LANG or …/categories/CAT/LANG).
    FieldPath pathOf(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row {
        QString dimension;
        QString category; // empty: the dimension's own row
        bool operator==(const Row&) const = default;
    };

    int m_year = 1;
    QList<Row> m_rows;
};

} // namespace cpc
