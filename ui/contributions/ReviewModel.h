#pragma once

#include "merge/MergePlan.h"
#include "model/Report.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <array>

namespace cpc {

// The rows of the merge review: one per field that came back different, with what was sent, what the
// report holds now and what came back, and the user's decision. Changes are taken unless unchecked;
// conflicts keep the report's version unless the user checks "take returned"; refused rows cannot be
// taken at all.
class ReviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DecisionColumn,
        FieldColumn,
        KindColumn,
        RequestedColumn,
        CurrentColumn,
        ReturnedColumn,
        ColumnCount
    };

    ReviewModel(const MergePlan& plan, const Report& report, QObject* parent = nullptr);

    const MergePlan& plan() const { return m_plan; }
    const MergeItem& item(int row) const { return m_plan.items.at(row); }
    QString fieldLabel(int row) const { return m_labels.at(row); }
    static QString kindName(MergeItem::Kind kind);

    // What MergePlanner::apply takes.
    QSet<int> rejected() const;
    QSet<int> takeReturned() const;
    bool isTaken(int row) const;
    void setTaken(int row, bool take);
    // A conflict resolved with a version put together from both sides (Markdown); clears "take returned".
    void setCombined(int row, const QString& markdown);
    bool isCombined(int row) const { return m_combined.contains(row); }
    QString combinedText(int row) const { return m_combined.value(row); }
    // What MergePlanner::apply takes as `combined`.
    QHash<int, QJsonValue> combined() const;
    void setAllChanges(bool take);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void decisionsChanged();

private:
    MergePlan m_plan;
    QStringList m_labels;
    // What the value columns and their tooltips show, as a reader says it: per row, sent / now / back.
    QList<std::array<QString, 3>> m_cells, m_tips;
    QList<bool> m_taken;
    QHash<int, QString> m_combined;
};

} // namespace cpc
