#include "indicators/IndicatorPage.h"

#include "common/ResponsiveRow.h"
#include "common/UiLanguage.h"
#include "common/UnitFormat.h"
#include "editor/BilingualEditor.h"
#include "editor/PageHeading.h"
#include "indicators/BreakdownEditor.h"
#include "indicators/DisaggregationModel.h"
#include "indicators/FigureTable.h"
#include "indicators/IndicatorChart.h"
#include "indicators/IndicatorYearModel.h"
#include "model/Paths.h"
#include "model/Vocabulary.h"
#include "storage/ReportDocument.h"
#include "template/Template.h"
#include "undo/EditSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace cpc {

IndicatorPage::IndicatorPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_ctx(context), m_base(context.node.path())
{
    setObjectName(QStringLiteral("page:") + m_base.toString());
    if (const auto templ = context.document->reportTemplate()) m_threshold = templ->varianceThreshold;
    m_years = new IndicatorYearModel(context.document, context.session, context.node.id, m_threshold, this);
    m_heading = PageHeading::style(new QLabel(this));

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(buildDefinition());
    layout->addWidget(buildYears());
    // The breakdown editor and the chart share a row on a wide page; on a laptop each needs the page's width.
    auto* bottom = new ResponsiveRow(120, content);
    m_breakdowns = new BreakdownEditor(context, content);
    connect(m_breakdowns, &BreakdownEditor::message, this, &IndicatorPage::showMessage);
    bottom->addWidget(m_breakdowns, 1);
    m_chart = new IndicatorChart(content);
    auto* chartBox = new QGroupBox(tr("Trend"), content);
    (new QVBoxLayout(chartBox))->addWidget(m_chart);
    bottom->addWidget(chartBox, 1);
    layout->addWidget(bottom);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(context.document, &ReportDocument::changed, this, [this](const QList<FieldPath>& paths) {
        for (const FieldPath& p : paths)
            if (const auto owner = FieldSchema::owner(p);
                p.startsWith(m_base) || owner == FieldOwner::Report || owner == FieldOwner::BreakdownLabels)
                return refresh();
    });
    m_explainedYear = context.document->report().info.reportingYear;
    refresh();
    showExplanationFor(m_explainedYear);
}

QWidget* IndicatorPage::buildDefinition()
{
    const bool editable = !m_ctx.document->isReadOnly();
    auto* box = new QGroupBox(tr("What the indicator measures"), this);
    auto* layout = new QVBoxLayout(box);
    auto* name = new BilingualEditor(m_ctx.session, Paths::text(FieldKind::IndicatorName, {m_ctx.node.id}),
                                     false, box);
    name->setLabel(tr("Name"));
    auto* definition = new BilingualEditor(
        m_ctx.session, Paths::text(FieldKind::IndicatorDefinition, {m_ctx.node.id}), false, box);
    definition->setLabel(tr("Definition"));
    auto* source = new BilingualEditor(m_ctx.session,
                                       Paths::text(FieldKind::IndicatorSource, {m_ctx.node.id}), false, box);
    source->setLabel(tr("Source of the data"));
    layout->addWidget(name);
    layout->addWidget(definition);
    layout->addWidget(source);

    m_unit = new QComboBox(box);
    for (const QString& u : Vocabulary::units())
        m_unit->addItem(UnitFormat::unitName(*unitFromId(u)), u);
    connect(m_unit, &QComboBox::activated, this, [this](int i) {
        setField(FieldKind::IndicatorUnit, m_unit->itemData(i).toString(), tr("Change unit"));
    });
    m_direction = new QComboBox(box);
    for (const QString& d : Vocabulary::directions())
        m_direction->addItem(UnitFormat::directionName(d), d);
    connect(m_direction, &QComboBox::activated, this, [this](int i) {
        setField(FieldKind::IndicatorDirection, m_direction->itemData(i).toString(), tr("Change direction"));
    });
    m_counting = new QComboBox(box);
    m_counting->addItem(tr("Per year"), false);
    m_counting->addItem(tr("Cumulative since the baseline"), true);
    connect(m_counting, &QComboBox::activated, this, [this](int i) {
        setField(FieldKind::IndicatorCumulative, m_counting->itemData(i).toBool(),
                 tr("Change how the indicator is counted"));
    });
    m_baseline = new QLineEdit(box);
    m_baselinePeriod = new QLineEdit(box);
    m_baselinePeriod->setMaxLength(40);
    connect(m_baseline, &QLineEdit::editingFinished, this, [this] {
        if (m_baseline->text().trimmed().isEmpty() && m_baselinePeriod->text().trimmed().isEmpty()) {
            const Indicator* ind = m_ctx.document->report().indicator(m_ctx.node.id);
            if (ind && ind->hasBaseline)
                setField(FieldKind::IndicatorBaseline, QJsonValue(QJsonValue::Null), tr("Remove baseline"));
            return;
        }
        setFigure(Paths::indicatorBaselineValue(m_ctx.node.id), m_baseline, true, tr("Change baseline"));
    });
    connect(m_baselinePeriod, &QLineEdit::editingFinished, this, [this] {
        const Indicator* ind = m_ctx.document->report().indicator(m_ctx.node.id);
        const QString text = m_baselinePeriod->text().trimmed();
        if (!ind || text == ind->baselinePeriod) return;
        m_ctx.session->edit({FieldChange{Paths::indicatorBaselinePeriod(m_ctx.node.id), text, false}},
                            tr("Change baseline period"));
    });
    m_key = new QCheckBox(tr("&Key indicator (leads the indicator section of the PDF)"), box);
    connect(m_key, &QCheckBox::clicked, this, [this](bool on) {
        setField(FieldKind::IndicatorKey, on, on ? tr("Mark as key indicator") : tr("Unmark key indicator"));
    });

    for (QWidget* w : std::initializer_list<QWidget*>{m_unit, m_direction, m_counting, m_baseline,
                                                      m_baselinePeriod, m_key})
        w->setEnabled(editable);
    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, box);
        l->setBuddy(field);
        form->addRow(l, field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    };
    row(tr("&Unit:"), m_unit);
    row(tr("&Direction:"), m_direction);
    row(tr("&Counted:"), m_counting);
    auto* baseline = new QHBoxLayout;
    baseline->addWidget(m_baseline, 1);
    auto* periodLabel = new QLabel(tr("&measured in:"), box);
    periodLabel->setBuddy(m_baselinePeriod);
    baseline->addWidget(periodLabel);
    baseline->addWidget(m_baselinePeriod, 1);
    auto* baseLabel = new QLabel(tr("&Baseline:"), box);
    baseLabel->setBuddy(m_baseline);
    m_baseline->setAccessibleName(tr("Baseline value"));
    m_baselinePeriod->setAccessibleName(tr("Baseline period"));
    form->addRow(baseLabel, baseline);
    form->addRow(QString(), m_key);
    layout->addLayout(form);
    return box;
}

QWidget* IndicatorPage::buildYears()
{
    auto* box = new QGroupBox(tr("Targets and results"), this);
    auto* layout = new QVBoxLayout(box);
    m_yearTable = FigureTable::make(m_years, tr("Targets and results by year"), box);
    m_yearTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_yearTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_yearTable);
    m_message = new QLabel(box);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_message->hide();
    layout->addWidget(m_message);
    connect(m_years, &IndicatorYearModel::inputRefused, this, &IndicatorPage::showMessage);
    connect(m_yearTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) showExplanationFor(m_years->yearAt(current.row()));
            });

    auto* next = new QHBoxLayout;
    m_nextTargetLabel = new QLabel(box);
    m_nextTarget = new QLineEdit(box);
    m_nextTarget->setEnabled(!m_ctx.document->isReadOnly());
    m_nextTargetLabel->setBuddy(m_nextTarget);
    next->addWidget(m_nextTargetLabel);
    next->addWidget(m_nextTarget);
    next->addStretch(1);
    layout->addLayout(next);
    connect(m_nextTarget, &QLineEdit::editingFinished, this, [this] {
        const int year = m_ctx.document->report().info.reportingYear + 1;
        setFigure(Paths::indicatorTarget(m_ctx.node.id, year), m_nextTarget, true,
                  tr("Set next year's target of %1").arg(m_ctx.node.id));
    });

    m_explanationBox = new QGroupBox(box);
    m_explanationLayout = new QVBoxLayout(m_explanationBox);
    m_prompt = new QLabel(m_explanationBox);
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_explanationLayout->addWidget(m_prompt);
    layout->addWidget(m_explanationBox);
    return box;
}

DisaggregationModel* IndicatorPage::breakdownModel() const
{
    return m_breakdowns->model();
}
QLabel* IndicatorPage::sumsLabel() const
{
    return m_breakdowns->sumsLabel();
}

void IndicatorPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void IndicatorPage::setField(FieldKind field, const QJsonValue& value, const QString& undoText)
{
    if (!m_ctx.session->edit({FieldChange{Paths::of(field, {m_ctx.node.id}), value, false}}, undoText))
        refresh();
}

void IndicatorPage::setFigure(const FieldPath& path, QLineEdit* edit, bool allowEmpty,
                              const QString& undoText)
{
    const QString text = edit->text().trimmed();
    QJsonValue value(QJsonValue::Null);
    if (!text.isEmpty()) {
        const auto v = UnitFormat::parse(text);
        if (!v)
            return showMessage(
                tr("\"%1\" is not a number. Write it like %2.").arg(text, UnitFormat::editText(1234.5)));
        value = *v;
    } else if (!allowEmpty) {
        return;
    }
    // Leaving the field without changing it is not an edit.
    const Indicator* ind = m_ctx.document->report().indicator(m_ctx.node.id);
    if (!ind) return;
    std::optional<double> before;
    bool present = false;
    const std::optional<FieldMatch> field = FieldSchema::match(path);
    if (field && field->kind() == FieldKind::IndicatorBaselineValue) {
        before = ind->baselineValue;
        present = ind->hasBaseline;
    } else {
        const int year = field ? field->values.value(1).toInt() : 0;
        present = ind->targets.contains(year);
        before = ind->targets.value(year);
    }
    if (value.isNull() ? (!present || !before) : (before && *before == value.toDouble())) return;
    m_message->hide();
    if (!m_ctx.session->edit({FieldChange{path, value, false}}, undoText)) refresh();
}

void IndicatorPage::showExplanationFor(int year)
{
    if (year < 1) return;
    if (m_explanation && m_explainedYear == year) return refresh();
    m_explainedYear = year;
    delete m_explanation;
    m_explanation = new BilingualEditor(
        m_ctx.session,
        Paths::text(FieldKind::IndicatorVarianceExplanation, {m_ctx.node.id, QString::number(year)}), false,
        m_explanationBox);
    m_explanation->setLabel(tr("Explanation for year %1").arg(year));
    m_explanationLayout->addWidget(m_explanation);
    refresh();
}

void IndicatorPage::refresh()
{
    const Report& r = m_ctx.document->report();
    const Indicator* ind = r.indicator(m_ctx.node.id);
    if (!ind) return;
    m_heading->setText(tr("Indicator %1: %2").arg(ind->id, UiLanguage::pick(ind->name.en(), ind->name.es())));
    m_unit->setCurrentIndex(m_unit->findData(unitId(ind->unit)));
    m_direction->setCurrentIndex(m_direction->findData(ind->direction));
    m_counting->setCurrentIndex(ind->cumulative ? 1 : 0);
    m_key->setChecked(ind->key);
    if (!m_baseline->hasFocus())
        m_baseline->setText(ind->hasBaseline && ind->baselineValue ? UnitFormat::editText(*ind->baselineValue)
                                                                   : QString());
    if (!m_baselinePeriod->hasFocus()) m_baselinePeriod->setText(ind->baselinePeriod);

    const int next = r.info.reportingYear + 1;
    m_nextTargetLabel->setText(tr("&Target for year %1 (agreed at the Dialogue):").arg(next));
    m_nextTarget->setAccessibleName(tr("Target for year %1").arg(next));
    const auto nextTarget = ind->targets.value(next);
    if (!m_nextTarget->hasFocus())
        m_nextTarget->setText(nextTarget ? UnitFormat::editText(*nextTarget) : QString());

    m_years->reload();

    // The explanation: asked for visibly where the result is far from the target.
    const IndicatorProgress p = m_years->progress(m_explainedYear);
    const bool explained = ind->varianceExplanation.contains(m_explainedYear);
    m_explanationBox->setTitle(tr("Explanation for year %1").arg(m_explainedYear));
    if (p.needsExplanation) {
        m_prompt->setText(
            explained
                ? tr("The result is %1 short of the target. The explanation below is published with it.")
                      .arg(UnitFormat::percent(p.deviationPercent))
                : tr("The result is %1 short of the target: explain why, in both languages.")
                      .arg(UnitFormat::percent(p.deviationPercent)));
        m_prompt->setStyleSheet(explained ? QString() : QStringLiteral("color: #d32f2f; font-weight: bold;"));
    } else {
        m_prompt->setText(tr("No explanation is needed for this year; you may still add one."));
        m_prompt->setStyleSheet(QString());
    }

    // Breakdown years: every year with a result or a breakdown, and this report's.
    QList<int> years;
    for (int y : m_years->years())
        if (ind->actuals.contains(y) || ind->disaggregation.contains(y) || y == r.info.reportingYear)
            years << y;
    m_breakdowns->refresh(years, r.info.reportingYear);

    m_chart->plot(*ind, m_years->years().isEmpty() ? 1 : m_years->years().last());
}

} // namespace cpc
