#pragma once

#include "model/Workflow.h"
#include "navigator/NavNode.h"
#include "navigator/TranslationTallies.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace cpc {

class ReportDocument;

// The report as the navigator shows it: cover details, each section (objectives with their
// activities), the indicators by objective, the glossary and the entities. Column 1 is the review
// status, column 2 the state of the translation (the side that is not the report's source language),
// both as words with a coloured mark so they read at a glance and to a screen reader alike.
// Follows ReportDocument::changed(): values refresh in place, a changed structure resets the model.
class ReportTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, TranslationColumn, ColumnCount };
    // OwnPartRole: true on the parts a contribution file has open for writing (its entity's own parts).
    enum Role { KindRole = Qt::UserRole + 1, IdRole, StatusIdRole, TranslationIdRole, OwnPartRole };

    explicit ReportTreeModel(QObject* parent = nullptr);

    void setDocument(const ReportDocument* doc);
    NavNode node(const QModelIndex& index) const;
    QModelIndex indexOf(const NavNode& node, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString translationName(TranslationState s);
    static QString translationShortName(TranslationState s); // the same, under a "Translation" header

private:
    struct Item {
        NavNode node;
        int parent = -1;
        QList<int> children;
    };

    void rebuild();
    QList<Item> buildItems() const;
    void onChanged(const QList<FieldPath>& paths);
    void emitAllChanged(const QModelIndex& parent);
    QString title(const NavNode& n) const;
    std::optional<ReviewStatus> status(const NavNode& n) const;

    const ReportDocument* m_doc = nullptr;
    QList<Item> m_items; // m_items[0] is the invisible root
    TranslationTallies m_tallies;
    QHash<QString, int> m_itemByKey; // index into m_items by node key
    QSet<QString> m_ownParts;        // node keys open for writing in a contribution file; empty otherwise
    bool isOwnPart(const NavNode& n) const;
    // Beyond this many rows touched by one change (an import, a merge), the whole tree is refreshed.
    static constexpr int kMaxRowRefreshes = 64;
};

} // namespace cpc
