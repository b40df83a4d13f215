#include "editor/SectionPage.h"

#include "common/EntityLabel.h"
#include "common/UiLanguage.h"
#include "editor/BilingualEditor.h"
#include "editor/Guidance.h"
#include "editor/GuidedSplit.h"
#include "editor/PageHeading.h"
#include "model/Paths.h"
#include "model/Vocabulary.h"
#include "model/Workflow.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cpc {

namespace {

QString entityNames(const Report& r, const QStringList& ids)
{
    return EntityLabel::list(r, ids);
}

} // namespace

SectionPage::SectionPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_ctx(context), m_heading(new QLabel(this)), m_assigned(new QLabel(this)),
      m_status(new QComboBox(this)), m_guidance(new QTextBrowser(this))
{
    const FieldPath base = context.node.path();
    setObjectName(QStringLiteral("page:") + base.toString());
    PageHeading::style(m_heading);
    m_assigned->setTextFormat(Qt::PlainText);
    m_assigned->setWordWrap(true);

    for (const QString& s : Vocabulary::workflowStatuses())
        m_status->addItem(Workflow::statusName(*reviewStatusFromId(s)), s);
    m_status->setAccessibleName(tr("Review status"));
    m_status->setEnabled(!context.document->isReadOnly());
    connect(m_status, &QComboBox::activated, this, &SectionPage::statusChosen);

    m_title = new BilingualEditor(
        context.session,
        Paths::text(isActivity() ? FieldKind::ActivityTitle : FieldKind::SectionTitle, {context.node.id}),
        false, this);
    m_title->setLabel(tr("Title"));
    m_body = new BilingualEditor(
        context.session,
        Paths::text(isActivity() ? FieldKind::ActivityBody : FieldKind::SectionBody, {context.node.id}), true,
        this);
    m_body->setLabel(isActivity() ? tr("What was done") : tr("Narrative"));

    auto* meta = new QFormLayout;
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    meta->addRow(statusLabel, m_status);
    meta->addRow(isActivity() ? tr("Responsible:") : tr("Written by:"), m_assigned);

    auto* main = new QWidget(this);
    auto* layout = new QVBoxLayout(main);
    layout->addWidget(m_heading);
    layout->addLayout(meta);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);

    GuidedSplit::install(this, main, m_guidance);

    const Guidance guidance(context.document->reportTemplate().get());
    QString text;
    const Report& r = context.document->report();
    if (isActivity()) {
        text = guidance.forActivity();
    } else if (const Section* s = r.section(context.node.id)) {
        text = guidance.forSection(*s);
        const QString length = guidance.suggestedLength(*s);
        if (!length.isEmpty())
            text += QStringLiteral("\n\n*") + tr("Suggested length: %1").arg(length) + QLatin1Char('*');
    }
    if (text.trimmed().isEmpty()) text = tr("The template gives no guidance for this part of the report.");
    m_guidance->setMarkdown(text);

    connect(context.document, &ReportDocument::changed, this, [this, base](const QList<FieldPath>& paths) {
        for (const FieldPath& p : paths)
            if (p.startsWith(base) || FieldSchema::owner(p) == FieldOwner::Entity) return refresh();
    });
    refresh();
}

void SectionPage::refresh()
{
    const Report& r = m_ctx.document->report();
    ReviewStatus status = ReviewStatus::NotStarted;
    QString title, assigned;
    if (isActivity()) {
        const Section* owner = nullptr;
        const Activity* a = r.activity(m_ctx.node.id, &owner);
        if (!a) return;
        status = a->review.status;
        title = tr("Activity %1: %2").arg(a->id, UiLanguage::pick(a->title.en(), a->title.es()));
        assigned = entityNames(r, a->responsible);
    } else {
        const Section* s = r.section(m_ctx.node.id);
        if (!s) return;
        status = s->review.status;
        title = UiLanguage::pick(s->title.en(), s->title.es());
        assigned = entityNames(r, s->assignedTo);
    }
    m_heading->setText(title);
    m_assigned->setText(assigned.isEmpty() ? tr("nobody assigned yet") : assigned);
    m_status->setCurrentIndex(m_status->findData(reviewStatusId(status)));
}

void SectionPage::statusChosen(int index)
{
    const QString status = m_status->itemData(index).toString();
    const QString id = m_ctx.node.id;
    const FieldPath path = isActivity() ? Paths::activityReviewStatus(id) : Paths::sectionStatus(id);
    if (!m_ctx.session->edit({FieldChange{path, status, false}}, tr("Change status"))) refresh();
}

} // namespace cpc
