#include "workflow/WorkflowPanel.h"

#include "common/WrappingList.h"
#include "model/Workflow.h"
#include "navigator/OpenContribution.h"
#include "navigator/ReviewTarget.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"
#include "workflow/EntityChoiceModel.h"
#include "workflow/ReturnReasonDialog.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace cpc {

WorkflowPanel::WorkflowPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(new QLabel(this)), m_hint(new QLabel(this)),
      m_submit(new QPushButton(tr("&Submit"), this)), m_return(new QPushButton(tr("Re&turn…"), this)),
      m_approve(new QPushButton(tr("A&pprove"), this)), m_reopen(new QPushButton(tr("Re&open"), this)),
      m_assignedLabel(new QLabel(tr("Assigned to:"), this)), m_list(new QListView(this)),
      m_entities(new EntityChoiceModel(this))
{
    setObjectName(QStringLiteral("workflowPanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel* l : {m_title, m_status, m_hint}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_status->setObjectName(QStringLiteral("workflowStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setObjectName(QStringLiteral("workflowHint"));
    m_submit->setToolTip(tr("Hand this part to the reviewer"));
    m_return->setToolTip(tr("Send it back to its authors, saying why"));
    m_approve->setToolTip(tr("Accept it; approved content is locked until reopened"));
    m_reopen->setToolTip(tr("Unlock it for changes again"));
    m_list->setModel(m_entities);
    m_list->setAccessibleName(tr("Entities assigned"));
    WrappingList::apply(m_list);
    // Several entities visible at once, even on a short screen (the panel scrolls instead).
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 6 + 2 * m_list->frameWidth());
    m_assignedLabel->setBuddy(m_list);
    connect(m_submit, &QPushButton::clicked, this, &WorkflowPanel::submit);
    connect(m_return, &QPushButton::clicked, this, &WorkflowPanel::returnForChanges);
    connect(m_approve, &QPushButton::clicked, this, &WorkflowPanel::approve);
    connect(m_reopen, &QPushButton::clicked, this, &WorkflowPanel::reopen);
    connect(m_entities, &EntityChoiceModel::assignmentRequested, this, &WorkflowPanel::assign);

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_submit, 0, 0);
    buttons->addWidget(m_return, 0, 1);
    buttons->addWidget(m_approve, 1, 0);
    buttons->addWidget(m_reopen, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);
    layout->addWidget(m_assignedLabel);
    layout->addWidget(m_list, 1);
    refresh();
}

void WorkflowPanel::setSession(EditSession* session)
{
    m_session = session;
    if (session)
        connect(session->document(), &ReportDocument::changed, this, &WorkflowPanel::refresh,
                Qt::UniqueConnection);
    refresh();
}

void WorkflowPanel::setNode(const NavNode& node)
{
    m_node = node;
    refresh();
}

void WorkflowPanel::refresh()
{
    const ReportDocument* doc = m_session ? m_session->document() : nullptr;
    const auto target = doc ? ReviewTarget::of(m_node, doc->report()) : std::nullopt;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_submit, m_return, m_approve, m_reopen, m_list, m_assignedLabel})
        w->setVisible(bool(target));
    if (!target) {
        m_title->setText(
            doc ? tr("Choose a section, activity or indicator to see who writes it and where it stands.")
                : QString());
        m_status->clear();
        m_hint->clear();
        m_entities->setEntities(Report(), {}, false);
        return;
    }
    const auto contribution = OpenContribution::of(*doc);
    const ReviewStatus status = target->review.status;
    const bool approved = target->review.isApproved();
    const bool writable = !doc->isReadOnly() && (!contribution || contribution->covers(m_node));
    const bool coordinator = !doc->isReadOnly() && !contribution;

    m_title->setText(target->title);
    QString text = tr("Status: %1").arg(Workflow::statusName(status));
    if (status == ReviewStatus::Returned && !target->review.reason.isEmpty())
        text += QLatin1Char('\n') + tr("Returned because: %1").arg(target->review.reason);
    m_status->setText(text);

    const bool open = status == ReviewStatus::NotStarted || status == ReviewStatus::Drafting ||
                      status == ReviewStatus::Returned;
    m_submit->setEnabled(writable && open);
    m_return->setVisible(!contribution);
    m_approve->setVisible(!contribution);
    m_reopen->setVisible(!contribution);
    m_return->setEnabled(coordinator && status == ReviewStatus::Submitted);
    m_approve->setEnabled(coordinator && !approved);
    m_reopen->setEnabled(coordinator && approved);

    if (approved)
        m_hint->setText(tr("Approved content is locked until it is reopened."));
    else if (contribution && !writable)
        m_hint->setText(tr("Not part of this contribution."));
    else if (contribution)
        m_hint->setText(tr("When your text is ready, submit it and send the file back."));
    else
        m_hint->clear();
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_entities->setEntities(doc->report(), target->assigned, coordinator && !approved);
}

bool WorkflowPanel::setStatus(ReviewStatus status, const QString& reason, const QString& stepName)
{
    if (!m_session) return false;
    const auto target = ReviewTarget::of(m_node, m_session->document()->report());
    if (!target) return false;
    QList<FieldChange> changes{FieldChange{target->statusPath, reviewStatusId(status), false}};
    // A contributor may not touch the reviewer's reason; the coordinator clears it once it no longer applies.
    if (!OpenContribution::of(*m_session->document()) && reason != target->review.reason)
        changes << FieldChange{target->reasonPath,
                               reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason), false};
    const bool ok = m_session->edit(changes, stepName);
    refresh();
    return ok;
}

void WorkflowPanel::submit()
{
    setStatus(ReviewStatus::Submitted, QString(), tr("Submit for review"));
}

void WorkflowPanel::returnForChanges()
{
    if (!m_session) return;
    const auto target = ReviewTarget::of(m_node, m_session->document()->report());
    if (!target) return;
    const auto reason = ReturnReasonDialog::ask(this, target->title);
    if (!reason) return;
    setStatus(ReviewStatus::Returned, *reason, tr("Return for changes"));
}

void WorkflowPanel::approve()
{
    setStatus(ReviewStatus::Approved, QString(), tr("Approve"));
}
void WorkflowPanel::reopen()
{
    setStatus(ReviewStatus::Drafting, QString(), tr("Reopen"));
}

void WorkflowPanel::assign(const QStringList& ids)
{
    if (!m_session) return;
    const auto target = ReviewTarget::of(m_node, m_session->document()->report());
    if (!target) return;
    if (!m_session->edit({FieldChange{target->assignedPath, QJsonArray::fromStringList(ids), false}},
                         tr("Change assignment")))
        refresh();
}

} // namespace cpc
