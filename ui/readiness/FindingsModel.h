#pragma once

#include "checks/Finding.h"

#include <QAbstractItemModel>

namespace cpc {

// The readiness findings as a tree: one row per severity that has findings (errors first), and under it
// the findings in document order, with their message in the interface language and the place they
// point to.
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { MessageColumn, PlaceColumn, ColumnCount };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(const Report& report, const Findings& findings);
    // The finding a row stands for; null for a severity row or an invalid index.
    const Finding* finding(const QModelIndex& index) const;
    // Privacy warnings can be dismissed for their place; nothing else can.
    static bool isDismissable(const Finding& f);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        Severity severity;
        QList<int> rows; // indexes into m_findings
    };
    QString groupLabel(const Group& g) const;

    Findings m_findings;
    QStringList m_places; // one per finding
    QList<Group> m_groups;
};

} // namespace cpc
