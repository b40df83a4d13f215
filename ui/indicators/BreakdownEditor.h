#pragma once

#include "editor/PageContext.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cpc {

class BreakdownLabelModel;
class DisaggregationModel;

// The breakdown of one indicator's result for a year, on the indicator's page: the categories and their
// values (named by their labels, never their codes), whether each breakdown adds up to the result, the
// names printed for them in both languages, and a row to add a category. A new breakdown or category
// is named in words; its code is made from the name (BreakdownLabels::codeFor) and the name becomes its
// label in the interface language, in the same undo step as its value.
class BreakdownEditor : public QGroupBox {
    Q_OBJECT
public:
    BreakdownEditor(const PageContext& context, QWidget* parent = nullptr);

    DisaggregationModel* model() const { return m_model; }
    BreakdownLabelModel* labelModel() const { return m_labels; }
    QTableView* labelTable() const { return m_labelTable; }
    QLabel* sumsLabel() const { return m_sums; }
    QComboBox* dimensionBox() const { return m_newDimension; }
    QComboBox* categoryBox() const { return m_newCategory; }
    QLineEdit* valueEdit() const { return m_newValue; }

    // Follows the report: `years` are the years offered, `preferred` the one to show when the current
    // one is not among them.
    void refresh(const QList<int>& years, int preferred);
    // Adds (or changes) the category typed in the add row; false when nothing was added.
    bool addCategory();

signals:
    void message(const QString& text);

private:
    void refreshSums();
    void refreshChoices();
    void setYear(int year);

    PageContext m_ctx;
    DisaggregationModel* m_model = nullptr;
    BreakdownLabelModel* m_labels = nullptr;
    QComboBox* m_year = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_labelTable = nullptr;
    QLabel* m_sums = nullptr;
    QComboBox* m_newDimension = nullptr;
    QComboBox* m_newCategory = nullptr;
    QLineEdit* m_newValue = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace cpc
