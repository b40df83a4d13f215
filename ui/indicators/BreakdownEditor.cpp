#include "indicators/BreakdownEditor.h"

#include "common/UiLanguage.h"
#include "common/UnitFormat.h"
#include "indicators/BreakdownLabelModel.h"
#include "indicators/DisaggregationModel.h"
#include "indicators/FigureTable.h"
#include "model/Paths.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace cpc {

namespace {

// Words share the width; a column of figures (`figures`, or -1) takes what its numbers need.
QTableView* tableOf(QAbstractItemModel* model, const QString& name, int rows, int figures, QWidget* parent)
{
    QTableView* view = FigureTable::make(model, name, parent);
    view->setMinimumHeight(view->fontMetrics().height() * rows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    if (figures >= 0) view->horizontalHeader()->setSectionResizeMode(figures, QHeaderView::ResizeToContents);
    view->setWordWrap(true);
    return view;
}

// The code a name typed in the add row stands for: the item's when it is one of the offered names,
// else one made from the words.
QString codeOf(const QComboBox* box, QString* newName)
{
    const QString typed = box->currentText().simplified();
    const int i = box->findText(typed, Qt::MatchFixedString);
    if (i >= 0) return box->itemData(i).toString();
    *newName = typed;
    return BreakdownLabels::codeFor(typed);
}

} // namespace

BreakdownEditor::BreakdownEditor(const PageContext& context, QWidget* parent)
    : QGroupBox(tr("Breakdown of the result"), parent), m_ctx(context)
{
    const bool editable = !context.document->isReadOnly();
    m_model = new DisaggregationModel(context.document, context.session, context.node.id, this);
    m_labels = new BreakdownLabelModel(context.document, context.session, context.node.id, this);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_year = new QComboBox(this);
    m_year->setAccessibleName(tr("Year of the breakdown"));
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    layout->addLayout(top);
    connect(m_year, &QComboBox::activated, this, [this](int i) { setYear(m_year->itemData(i).toInt()); });

    m_table = tableOf(m_model, tr("Breakdown categories"), 7, DisaggregationModel::Value, this);
    layout->addWidget(m_table, 1);
    connect(m_model, &DisaggregationModel::inputRefused, this, &BreakdownEditor::message);
    m_sums = new QLabel(this);
    m_sums->setWordWrap(true);
    m_sums->setTextFormat(Qt::RichText);
    layout->addWidget(m_sums);

    // Labelled fields on their own rows: a laptop's column is too narrow for three fields and two buttons.
    auto* add = new QGridLayout;
    m_newDimension = new QComboBox(this);
    m_newDimension->setEditable(true);
    m_newDimension->setInsertPolicy(QComboBox::NoInsert);
    m_newDimension->setAccessibleName(tr("Breakdown"));
    m_newDimension->lineEdit()->setPlaceholderText(tr("breakdown, e.g. Sex"));
    m_newCategory = new QComboBox(this);
    m_newCategory->setEditable(true);
    m_newCategory->setInsertPolicy(QComboBox::NoInsert);
    m_newCategory->setAccessibleName(tr("Category"));
    m_newCategory->lineEdit()->setPlaceholderText(tr("category, e.g. Female"));
    m_newValue = new QLineEdit(this);
    m_newValue->setAccessibleName(tr("Value"));
    m_newValue->setPlaceholderText(tr("value"));
    m_add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_newDimension, m_newCategory, m_newValue, m_add, m_remove})
        w->setEnabled(editable);
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    add->addWidget(label(tr("Breakdown:"), m_newDimension), 0, 0);
    add->addWidget(m_newDimension, 0, 1, 1, 3);
    add->addWidget(label(tr("Category:"), m_newCategory), 1, 0);
    add->addWidget(m_newCategory, 1, 1, 1, 3);
    add->addWidget(label(tr("Value:"), m_newValue), 2, 0);
    add->addWidget(m_newValue, 2, 1);
    add->addWidget(m_add, 2, 2);
    add->addWidget(m_remove, 2, 3);
    add->setColumnStretch(1, 1);
    layout->addLayout(add);
    connect(m_add, &QPushButton::clicked, this, &BreakdownEditor::addCategory);
    connect(m_newValue, &QLineEdit::returnPressed, this, &BreakdownEditor::addCategory);
    connect(m_newDimension, &QComboBox::currentTextChanged, this, [this] { refreshChoices(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_table->currentIndex();
        if (i.isValid()) m_model->removeCategory(i.row());
    });

    auto* namesCaption =
        new QLabel(tr("Names printed in the report (double-click to change; they apply to every "
                      "indicator with this breakdown):"),
                   this);
    namesCaption->setWordWrap(true);
    layout->addWidget(namesCaption);
    m_labelTable = tableOf(m_labels, tr("Names of the breakdown in both languages"), 6, -1, this);
    m_labelTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    namesCaption->setBuddy(m_labelTable);
    layout->addWidget(m_labelTable, 1);
}

void BreakdownEditor::setYear(int year)
{
    m_model->setYear(year);
    m_labels->setYear(year);
    refreshSums();
}

void BreakdownEditor::refresh(const QList<int>& years, int preferred)
{
    int chosen = m_year->count() ? m_year->currentData().toInt() : preferred;
    if (!years.contains(chosen)) chosen = years.isEmpty() ? preferred : years.last();
    m_year->clear();
    for (int y : years)
        m_year->addItem(tr("Year %1").arg(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(chosen)));
    setYear(chosen);

    // The breakdowns offered: this indicator's, then the rest of the report's vocabulary, by name.
    const Report& r = m_ctx.document->report();
    QStringList codes = m_model->dimensions();
    for (const BreakdownLabels::Dimension& d : r.breakdownLabels.dimensions())
        if (!codes.contains(d.code)) codes << d.code;
    const QString typed = m_newDimension->currentText();
    const QSignalBlocker block(m_newDimension);
    m_newDimension->clear();
    for (const QString& code : codes)
        m_newDimension->addItem(BreakdownLabelModel::shownName(r, code), code);
    m_newDimension->setCurrentText(typed.isEmpty() && m_newDimension->count() ? m_newDimension->itemText(0)
                                                                              : typed);
    refreshChoices();
}

void BreakdownEditor::refreshChoices()
{
    const Report& r = m_ctx.document->report();
    QString unused;
    const QString dimension = codeOf(m_newDimension, &unused);
    QStringList codes;
    if (const Indicator* ind = r.indicator(m_ctx.node.id))
        for (const QList<Disaggregation>& year : ind->disaggregation)
            for (const Disaggregation& d : year)
                if (d.dimension == dimension)
                    for (const DisaggregationCategory& c : d.categories)
                        if (!codes.contains(c.name)) codes << c.name;
    if (const BreakdownLabels::Dimension* d = r.breakdownLabels.find(dimension))
        for (const BreakdownLabels::Category& c : d->categories)
            if (!codes.contains(c.code)) codes << c.code;
    const QString typed = m_newCategory->currentText();
    m_newCategory->clear();
    for (const QString& code : codes)
        m_newCategory->addItem(BreakdownLabelModel::shownName(r, dimension, code), code);
    m_newCategory->setCurrentText(typed);
}

bool BreakdownEditor::addCategory()
{
    QString newDimension, newCategory;
    const QString dimension = codeOf(m_newDimension, &newDimension);
    const QString category = codeOf(m_newCategory, &newCategory);
    if (dimension.isEmpty() || category.isEmpty()) {
        emit message(tr("Name the breakdown and the category."));
        return false;
    }
    const auto value = UnitFormat::parse(m_newValue->text());
    if (!value) {
        emit message(tr("\"%1\" is not a number. Write it like %2.")
                         .arg(m_newValue->text(), UnitFormat::editText(1234.5)));
        return false;
    }
    // A name typed anew becomes the label in the interface language of a code that has none yet.
    const Language side = UiLanguage::current();
    const BreakdownLabels& labels = m_ctx.document->report().breakdownLabels;
    QList<FieldChange> changes{
        FieldChange{Paths::indicatorBreakdownCategory(m_ctx.node.id, m_model->year(), dimension, category),
                    *value, false}};
    if (!newDimension.isEmpty() && labels.dimension(dimension).text(side).isEmpty())
        changes << FieldChange{Paths::breakdownDimensionLabel(dimension, side), newDimension, false};
    if (!newCategory.isEmpty() && labels.category(dimension, category).text(side).isEmpty())
        changes << FieldChange{Paths::breakdownCategoryLabel(dimension, category, side), newCategory, false};
    if (!m_ctx.session->edit(changes,
                             tr("Change breakdown of %1, year %2").arg(m_ctx.node.id).arg(m_model->year())))
        return false;
    m_newCategory->setCurrentText(QString());
    m_newValue->clear();
    m_newCategory->setFocus();
    emit message(QString());
    return true;
}

void BreakdownEditor::refreshSums()
{
    const Report& r = m_ctx.document->report();
    const Indicator* ind = r.indicator(m_ctx.node.id);
    if (!ind) return;
    const auto actual = m_model->actual();
    QStringList lines;
    for (const DisaggregationModel::Sum& s : m_model->sums()) {
        const QString name = BreakdownLabelModel::shownName(r, s.dimension).toHtmlEscaped();
        const QString total = UnitFormat::format(s.total, ind->unit);
        if (!actual)
            lines << tr("%1: %2 in all; the year has no result to compare with.").arg(name, total);
        else if (s.matches)
            lines << tr("%1: %2 — adds up to the year's result.").arg(name, total);
        else
            lines << QStringLiteral("<span style=\"color:#d32f2f\">%1</span>")
                         .arg(tr("%1: %2 — does not add up to the year's result (%3).")
                                  .arg(name, total, UnitFormat::format(*actual, ind->unit)));
    }
    m_sums->setText(lines.isEmpty() ? tr("No breakdown for year %1.").arg(m_model->year())
                                    : lines.join(QStringLiteral("<br>")));
}

} // namespace cpc
