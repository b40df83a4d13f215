#pragma once

#include "indicators/IndicatorTableModel.h"
#include "model/FieldPath.h"

namespace cpc {

// The breakdowns of one indicator's actual for one year (sex, age group...): one row per category, the
// value editable. Says whether each dimension adds up to the year's actual. Edits go through the
// EditSession (…/disaggregation/YEAR/DIMENSION/CATEGORY), one undo step each.
class DisaggregationModel : public IndicatorTableModel {
    Q_OBJECT
public:
    enum Column { Dimension, Category, Value, ColumnCount };

    DisaggregationModel(ReportDocument* doc, EditSession* session, QString indicatorId,
                        QObject* parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }
    void reload();

    // Adds or changes one category; false (nothing changed) when the report refuses it.
    bool setCategory(const QString& dimension, const QString& category, double value);
    bool removeCategory(int row);

    struct Sum {
        QString dimension;
        double total = 0;
        bool matches = false; // the same as the year's actual
    };
    QList<Sum> sums() const;
    std::optional<double> actual() const;
    QStringList dimensions() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row {
        QString dimension;
        QString category;
        double value = 0;
    };
    FieldPath categoryPath(const QString& dimension, const QString& category) const;

    int m_year = 1;
    QList<Row> m_rows;
};

} // namespace cpc
