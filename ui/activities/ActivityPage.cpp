#include "activities/ActivityPage.h"

#include "activities/CheckListModel.h"
#include "common/EntityLabel.h"
#include "common/ResponsiveRow.h"
#include "common/UiLanguage.h"
#include "common/VocabularyNames.h"
#include "common/WrappingList.h"
#include "editor/BilingualEditor.h"
#include "editor/Guidance.h"
#include "editor/GuidedSplit.h"
#include "editor/PageHeading.h"
#include "model/Paths.h"
#include "model/Vocabulary.h"
#include "model/Workflow.h"
#include "storage/ReportDocument.h"
#include "template/Template.h"
#include "undo/EditSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
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
    WrappingList::apply(view);
    // Short lists of names that wrap: the four forms of trafficking take two lines each in a narrow column.
    // A fixed height, so that the title and the narrative below them stay in view; the lists scroll.
    view->setFixedHeight(view->fontMetrics().lineSpacing() * 8 + 2 * view->frameWidth());
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
      m_review(new QComboBox(this)), m_responsible(new CheckListModel(this)),
      m_types(new CheckListModel(this))
{
    const FieldPath base = context.node.path();
    setObjectName(QStringLiteral("page:") + base.toString());
    PageHeading::style(m_heading);

    const bool editable = !context.document->isReadOnly();
    m_status->addItem(tr("Not set"), QString());
    for (const QString& s : Vocabulary::activityStatuses())
        m_status->addItem(VocabularyNames::activityStatus(s), s);
    m_status->setAccessibleName(tr("Progress of the activity"));
    m_status->setEnabled(editable);
    connect(m_status, &QComboBox::activated, this, [this](int i) {
        const QString s = m_status->itemData(i).toString();
        setField(FieldKind::ActivityStatus, s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s),
                 tr("Change activity progress"));
    });
    for (const QString& s : Vocabulary::workflowStatuses())
        m_review->addItem(Workflow::statusName(*reviewStatusFromId(s)), s);
    m_review->setAccessibleName(tr("Review status"));
    m_review->setEnabled(editable);
    connect(m_review, &QComboBox::activated, this, [this](int i) {
        setField(FieldKind::ActivityReviewStatus, m_review->itemData(i).toString(), tr("Change status"));
    });

    m_responsible->setEditable(editable);
    m_types->setEditable(editable);
    connect(m_responsible, &CheckListModel::toggled, this, [this](const QStringList& ids) {
        setField(FieldKind::ActivityResponsible, QJsonArray::fromStringList(ids),
                 tr("Change responsible entities"));
    });
    connect(m_types, &CheckListModel::toggled, this, [this](const QStringList& ids) {
        setField(FieldKind::ActivityTraffickingTypes, QJsonArray::fromStringList(ids),
                 tr("Change forms of trafficking"));
    });
    m_responsibleView = checkList(m_responsible, tr("Responsible entities"), this);
    m_typesView = checkList(m_types, tr("Forms of trafficking"), this);

    m_title = new BilingualEditor(context.session, Paths::text(FieldKind::ActivityTitle, {context.node.id}),
                                  false, this);
    m_title->setLabel(tr("Title"));
    m_body = new BilingualEditor(context.session, Paths::text(FieldKind::ActivityBody, {context.node.id}),
                                 true, this);
    m_body->setLabel(tr("What was done"));

    auto* meta = new QFormLayout;
    auto* statusLabel = new QLabel(tr("&Progress:"), this);
    statusLabel->setBuddy(m_status);
    meta->addRow(statusLabel, m_status);
    auto* reviewLabel = new QLabel(tr("Re&view status:"), this);
    reviewLabel->setBuddy(m_review);
    meta->addRow(reviewLabel, m_review);

    // Entity names are long ("Unidad Administrativa Especial Migración Colombia"): one list above the other
    // when the page is narrow, so that the names are read whole.
    auto* lists = new ResponsiveRow(90, this);
    lists->addWidget(boxed(tr("Responsible entities"), m_responsibleView, this));
    lists->addWidget(boxed(tr("Forms of trafficking"), m_typesView, this));

    auto* main = new QWidget(this);
    auto* layout = new QVBoxLayout(main);
    layout->addWidget(m_heading);
    layout->addLayout(meta);
    layout->addWidget(lists);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);

    auto* guidance = new QTextBrowser(this);
    const QString text = Guidance(context.document->reportTemplate().get()).forActivity();
    guidance->setMarkdown(text.trimmed().isEmpty() ? tr("The template gives no guidance for activities.")
                                                   : text);
    GuidedSplit::install(this, main, guidance);

    fillChoices();
    connect(context.document, &ReportDocument::changed, this, [this, base](const QList<FieldPath>& paths) {
        for (const FieldPath& p : paths) {
            const std::optional<FieldOwner> owner = FieldSchema::owner(p);
            if (owner == FieldOwner::Entity) fillChoices();
            if (p.startsWith(base) || owner == FieldOwner::Entity || owner == FieldOwner::Section)
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
    const auto templ = m_ctx.document->reportTemplate();
    for (const QString& id : Vocabulary::traffickingTypes()) {
        CheckListModel::Choice c{id, VocabularyNames::traffickingType(id), QString()};
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
    m_review->setCurrentIndex(m_review->findData(reviewStatusId(a->review.status)));
    m_responsible->setChecked(a->responsible);
    m_types->setChecked(a->traffickingTypes);
}

void ActivityPage::setField(FieldKind field, const QJsonValue& value, const QString& undoText)
{
    // A refused edit (an approved, locked activity) leaves the form showing what the report holds.
    if (!m_ctx.session->edit({FieldChange{Paths::of(field, {m_ctx.node.id}), value, false}}, undoText))
        refresh();
}

} // namespace cpc
