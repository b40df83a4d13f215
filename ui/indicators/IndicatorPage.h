#pragma once

#include "editor/PageContext.h"
#include "model/FieldSchema.h"

#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace cpc {

class BilingualEditor;
class BreakdownEditor;
class DisaggregationModel;
class IndicatorChart;
class IndicatorYearModel;

// The page of one indicator: what it measures (name, definition, source in both languages; unit,
// direction, per year or cumulative, baseline), its years as a table (targets and results typed in the
// interface's locale, % of target and status computed by core), the explanation asked for where a
// result is far from its target, the target agreed for next year and the key-indicator mark, the
// breakdowns of a year's result, and a chart of the trend.
class IndicatorPage : public QWidget {
    Q_OBJECT
public:
    explicit IndicatorPage(const PageContext& context, QWidget* parent = nullptr);

    IndicatorYearModel* yearModel() const { return m_years; }
    QTableView* yearTable() const { return m_yearTable; }
    DisaggregationModel* breakdownModel() const;
    BreakdownEditor* breakdownEditor() const { return m_breakdowns; }
    IndicatorChart* chart() const { return m_chart; }
    QLabel* explanationPrompt() const { return m_prompt; }
    BilingualEditor* explanationEditor() const { return m_explanation; }
    QLabel* sumsLabel() const;
    QLabel* inputMessage() const { return m_message; }
    QLineEdit* nextTargetEdit() const { return m_nextTarget; }
    QCheckBox* keyBox() const { return m_key; }
    QComboBox* countingBox() const { return m_counting; }
    int explainedYear() const { return m_explainedYear; }
    void showExplanationFor(int year);

protected:
private:
    QWidget* buildDefinition();
    QWidget* buildYears();
    void refresh();
    void setField(FieldKind field, const QJsonValue& value, const QString& undoText);
    void setFigure(const FieldPath& path, QLineEdit* edit, bool allowEmpty, const QString& undoText);
    void showMessage(const QString& text);

    PageContext m_ctx;
    FieldPath m_base;
    double m_threshold = 10;
    QLabel* m_heading = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_counting = nullptr;
    QLineEdit* m_baseline = nullptr;
    QLineEdit* m_baselinePeriod = nullptr;
    QCheckBox* m_key = nullptr;
    QLabel* m_nextTargetLabel = nullptr;
    QLineEdit* m_nextTarget = nullptr;
    IndicatorYearModel* m_years = nullptr;
    QTableView* m_yearTable = nullptr;
    QLabel* m_message = nullptr;
    QGroupBox* m_explanationBox = nullptr;
    QVBoxLayout* m_explanationLayout = nullptr;
    QLabel* m_prompt = nullptr;
    BilingualEditor* m_explanation = nullptr;
    int m_explainedYear = 0;
    BreakdownEditor* m_breakdowns = nullptr;
    IndicatorChart* m_chart = nullptr;
};

} // namespace cpc
