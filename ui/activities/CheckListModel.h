#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace cpc {

// A list of choices (id and label) with a check box each: the responsible entities of an activity, its
// forms of trafficking. Checking a row emits toggled() with the ids checked in list order; the owner
// writes them to the report and, when the report follows, calls setChecked().
class CheckListModel : public QAbstractListModel {
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    struct Choice {
        QString id;
        QString label;
        QString toolTip;
    };
    void setChoices(const QList<Choice>& choices);
    void setChecked(const QStringList& ids);
    QStringList checkedIds() const;
    void setEditable(bool editable) { m_editable = editable; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void toggled(const QStringList& checkedIds);

private:
    QList<Choice> m_choices;
    QStringList m_checked;
    bool m_editable = true;
};

} // namespace cpc
