#include "activities/ActivityPage.h"

#include "activities/CheckListModel.h"
#include "common/EntityLabel.h"
#include "common/UiLanguage.h"
#include "editor/BilingualEditor.h"
#include "editor/Guidance.h"
#include "editor/GuidedSplit.h"
#include "editor/PageHeading.h"
#include "model/Vocabulary.h"
#include "model/Workflow.h"
#include "storage/ReportDocument.h"
#include "template/DocumentTemplate.h"
#include "undo/EditSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace cpc {

namespace {

QListView* checkList(CheckListModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QListView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setUniformItemSizes(true);
    // Short lists: tall enough to show them whole at normal scaling, scrollable at 200 %.
    view->setMinimumHeight(view->fontMetrics().height() * 5);
    return view;
}

QGroupBox* boxed(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* l = new QVBoxLayout(box);
    l->addWidget(content);
    return box;
}

} // namespace

ActivityPage::ActivityPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_ctx(context), m_heading(new QLabel(this)), m_status(new QComboBox(this)),
      m_review(new QComboBox(this)), m_responsible(new CheckListModel(this)), m_types(new CheckListModel(this))
{
    const FieldPath base = context.node.path();
    setObjectName(QStringLiteral("page:") + base.toString());
    PageHeading::style(m_heading);

    const bool editable = !context.document->isReadOnly();
    m_status->addItem(tr("Not set"), QString());
    for (const QString& s : Vocabulary::activityStatuses()) m_status->addItem(activityStatusName(s), s);
    m_status->setAccessibleName(tr("Progress of the activity"));
    m_status->setEnabled(editable);
    connect(m_status, &QComboBox::activated, this, [this](int i) {
        const QString s = m_status->itemData(i).toString();
        setField(QStringLiteral("status"), s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s), tr("Change activity progress"));
    });
    for (const QString& s : Vocabulary::workflowStatuses()) m_review->addItem(Workflow::statusName(s), s);
    m_review->setAccessibleName(tr("Review status"));
    m_review->setEnabled(editable);
    connect(m_review, &QComboBox::activated, this, [this](int i) {
        setField(QStringLiteral("review_status"), m_review->itemData(i).toString(), tr("Change status"));
    });

    m_responsible->setEditable(editable);
    m_types->setEditable(editable);
    connect(m_responsible, &CheckListModel::toggled, this, [this](const QStringList& ids) {
        setField(QStringLiteral("responsible"), QJsonArray::fromStringList(ids), tr("Change responsible entities"));
    });
    connect(m_types, &CheckListModel::toggled, this, [this](const QStringList& ids) {
        setField(QStringLiteral("trafficking_types"), QJsonArray::fromStringList(ids), tr("Change forms of trafficking"));
    });
    m_responsibleView = checkList(m_responsible, tr("Responsible entities"), this);
    m_typesView = checkList(m_types, tr("Forms of trafficking"), this);

    m_title = new BilingualEditor(context.session, base.child(QStringLiteral("title")), false, this);
    m_title->setLabel(tr("Title"));
    m_body = new BilingualEditor(context.session, base.child(QStringLiteral("body")), true, this);
    m_body->setLabel(tr("What was done"));

    auto* meta = new QFormLayout;
    auto* statusLabel = new QLabel(tr("&Progress:"), this);
    statusLabel->setBuddy(m_status);
    meta->addRow(statusLabel, m_status);
    auto* reviewLabel = new QLabel(tr("Re&view status:"), this);
    reviewLabel->setBuddy(m_review);
    meta->addRow(reviewLabel, m_review);

    auto* lists = new QHBoxLayout;
    lists->addWidget(boxed(tr("Responsible entities"), m_responsibleView, this), 1);
    lists->addWidget(boxed(tr("Forms of trafficking"), m_typesView, this), 1);

    auto* main = new QWidget(this);
    auto* layout = new QVBoxLayout(main);
    layout->addWidget(m_heading);
    layout->addLayout(meta);
    layout->addLayout(lists);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);

    auto* guidance = new QTextBrowser(this);
    const QString text = Guidance(context.document->templateJson()).forActivity();
    guidance->setMarkdown(text.trimmed().isEmpty() ? tr("The template gives no guidance for activities.") : text);
    GuidedSplit::install(this, main, guidance);

    fillChoices();
    connect(context.document, &ReportDocument::changed, this, [this, base](const QList<FieldPath>& paths) {
        for (const FieldPath& p : paths) {
            if (p.at(0) == QLatin1String("entities")) fillChoices();
            if (p.startsWith(base) || p.at(0) == QLatin1String("entities") || p.at(0) == QLatin1String("sections"))
                return refresh();
        }
    });
    refresh();
}

void ActivityPage::fillChoices()
{
    const Report& r = m_ctx.document->report();
    QList<CheckListModel::Choice> entities;
    for (const Entity& e : r.entities) {
        entities.append({e.id, EntityLabel::of(e), QString()});
    }
    m_responsible->setChoices(entities);

    // The template's names and descriptions of the forms of trafficking, when the file keeps a readable one.
    QList<CheckListModel::Choice> types;
    const Template* templ = DocumentTemplate::of(*m_ctx.document);
    for (const QString& id : Vocabulary::traffickingTypes()) {
        CheckListModel::Choice c{id, traffickingTypeName(id), QString()};
        if (templ) {
            for (const TemplateTraffickingType& t : templ->traffickingTypes) {
                if (t.id != id) continue;
                const QString name = UiLanguage::pick(t.name.en(), t.name.es());
                if (!name.isEmpty()) c.label = name;
                c.toolTip = UiLanguage::pick(t.description.en(), t.description.es());
            }
        }
        types.append(c);
    }
    m_types->setChoices(types);
}

void ActivityPage::refresh()
{
    const Activity* a = m_ctx.document->report().activity(m_ctx.node.id);
    if (!a) return;
    m_heading->setText(tr("Activity %1: %2").arg(a->id, UiLanguage::pick(a->title.en(), a->title.es())));
    m_status->setCurrentIndex(std::max(0, m_status->findData(a->status)));
    m_review->setCurrentIndex(m_review->findData(a->review.status));
    m_responsible->setChecked(a->responsible);
    m_types->setChecked(a->traffickingTypes);
}

void ActivityPage::setField(const QString& field, const QJsonValue& value, const QString& undoText)
{
    // A refused edit (an approved, locked activity) leaves the form showing what the report holds.
    if (!m_ctx.session->edit({FieldChange{m_ctx.node.path().child(field), value, false}}, undoText)) refresh();
}

QString ActivityPage::activityStatusName(const QString& id)
{
    if (id == QLatin1String("planned")) return tr("Planned");
    if (id == QLatin1String("in_progress")) return tr("In progress");
    if (id == QLatin1String("completed")) return tr("Completed");
    if (id == QLatin1String("delayed")) return tr("Delayed");
    if (id == QLatin1String("cancelled")) return tr("Cancelled");
    return id;
}

QString ActivityPage::traffickingTypeName(const QString& id)
{
    if (id == QLatin1String("tourism")) return tr("Sex trafficking in the context of tourism");
    if (id == QLatin1String("online")) return tr("Livestreamed online sexual exploitation");
    if (id == QLatin1String("begging")) return tr("Forced begging");
    if (id == QLatin1String("recruitment")) return tr("Forced recruitment into illegal armed groups");
    return id;
}

} // namespace cpc
