#include "contributions/ContributionActions.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/NoticeBar.h"
#include "contributions/RequestDialog.h"
#include "contributions/ReviewDialog.h"
#include "merge/MergePlanner.h"
#include "navigator/OpenContribution.h"
#include "navigator/ReviewTarget.h"
#include "storage/ReportDocument.h"
#include "undo/ChangeCommand.h"
#include "undo/EditSession.h"
#include "window/WindowShell.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cpc {

namespace {
std::function<bool(ReviewDialog&)>& nextReview()
{
    static std::function<bool(ReviewDialog&)> f;
    return f;
}
QJsonValue orNull(const QJsonValue& v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}
} // namespace

ContributionActions::ContributionActions(WindowShell& window, QMenu* menu)
    : QObject(&window), m_window(window), m_request(new QAction(tr("Request &Contribution From…"), this)),
      m_merge(new QAction(tr("&Merge Contribution…"), this)), m_banner(new NoticeBar(NoticeBar::Tone::Strong))
{
    m_request->setObjectName(QStringLiteral("requestContributionAction"));
    m_request->setStatusTip(tr("Write a copy of the report for one entity to fill in its parts"));
    m_merge->setObjectName(QStringLiteral("mergeContributionAction"));
    m_merge->setStatusTip(tr("Review a contribution that came back and bring it into the report"));
    connect(m_request, &QAction::triggered, this, &ContributionActions::requestContribution);
    connect(m_merge, &QAction::triggered, this, &ContributionActions::mergeContribution);
    menu->addAction(m_request);
    menu->addAction(m_merge);

    m_banner->setObjectName(QStringLiteral("contributionBanner"));
    m_banner->hide();
    // Above the page and the window's own read-only banner, where it cannot be missed.
    if (auto* box = qobject_cast<QVBoxLayout*>(window.centralWidget()->layout()))
        box->insertWidget(0, m_banner);

    connect(&window, &WindowShell::documentChanged, this, &ContributionActions::documentChanged);
    updateActions();
}

void ContributionActions::setNextReview(std::function<bool(ReviewDialog&)> review)
{
    nextReview() = std::move(review);
}

void ContributionActions::documentChanged(ReportDocument* doc)
{
    const auto contribution = doc ? OpenContribution::of(*doc) : std::nullopt;
    if (contribution) {
        ContributionRequest::restrictEdits(*doc);
        m_banner->setText(contribution->bannerSummary(doc->report()),
                          contribution->bannerDetails(doc->report()));
    }
    m_banner->setVisible(bool(contribution));
    updateActions();
}

void ContributionActions::updateActions()
{
    ReportDocument* doc = m_window.document();
    const bool coordinator = doc && !doc->isReadOnly() && !OpenContribution::of(*doc);
    m_request->setEnabled(coordinator);
    m_merge->setEnabled(coordinator);
}

void ContributionActions::requestContribution()
{
    ReportDocument* doc = m_window.document();
    if (!doc) return;
    m_window.session()->flush();
    // Start from the part the coordinator is on: whoever is assigned to it, other than the coordinator's own
    // entity, is the one to ask.
    QString entity;
    if (const auto target = ReviewTarget::of(m_window.currentNode(), doc->report())) {
        for (const QString& id : target->assigned)
            if (id != doc->report().info.preparedBy) {
                entity = id;
                break;
            }
    }
    RequestDialog dialog(*doc, entity, &m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.created()) return;
    m_window.statusBar()->showMessage(
        tr("Contribution request for %1 written to %2.")
            .arg(ReviewTarget::entityName(doc->report(), dialog.created()->entity),
                 QFileInfo(dialog.outputEdit()->text()).fileName()));
}

void ContributionActions::mergeContribution()
{
    ReportDocument* doc = m_window.document();
    if (!doc) return;
    const QString path =
        FileDialog::openFileName(&m_window, tr("Merge Contribution"), QFileInfo(doc->path()).absolutePath(),
                                 FileDialog::reportFilter());
    if (!path.isEmpty()) mergeFile(path);
}

bool ContributionActions::mergeFile(const QString& path)
{
    ReportDocument* doc = m_window.document();
    if (!doc) return false;
    EditSession* session = m_window.session();
    session->flush();
    session->sealTyping();
    const auto plan = MergePlanner::plan(*doc, path);
    if (!plan) {
        MessageBox::warning(&m_window, tr("Merge Contribution"),
                            tr("This file cannot be merged into the report; nothing was changed.\n\n%1")
                                .arg(plan.error().toString()));
        return false;
    }
    const MergePlan& mp = plan.value();
    const QString who = ReviewTarget::entityName(doc->report(), mp.request.entity);
    if (mp.isEmpty()) {
        MessageBox::information(&m_window, tr("Merge Contribution"),
                                mp.alreadyMerged > 0
                                    ? tr("Everything in %1's contribution is already in the report.").arg(who)
                                    : tr("%1's contribution changes nothing in the report.").arg(who));
        return false;
    }
    ReviewDialog dialog(mp, *doc, &m_window);
    bool accepted = false;
    if (auto review = std::exchange(nextReview(), nullptr))
        accepted = review(dialog);
    else
        accepted = dialog.exec() == QDialog::Accepted;
    if (!accepted) return false;

    const qint64 before = doc->revision();
    if (Status s = MergePlanner::apply(*doc, mp, dialog.rejected(), dialog.takeReturned(), dialog.combined());
        !s) {
        MessageBox::warning(
            &m_window, tr("Merge Contribution"),
            tr("The contribution could not be merged; nothing was changed.\n\n%1").arg(s.error().toString()));
        return false;
    }
    // The merge is in the file as the contributor's; the undo step takes it back the way any edit is.
    QList<FieldChange> forward, inverse;
    const auto rows = doc->history(FieldPath(), int(mp.items.size()) + 16);
    for (const HistoryEntry& e : rows)
        if (e.id > before) forward << FieldChange{e.path, orNull(e.newValue), false};
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        if (it->id > before) inverse << FieldChange{it->path, orNull(it->oldValue), false};
    if (!forward.isEmpty())
        m_window.undoStack()->push(new ChangeCommand(
            doc, forward, inverse, tr("Merge contribution from %1").arg(who), mp.contributors));
    const int kept =
        int(mp.count(MergeItem::Kind::Conflict) - dialog.takeReturned().size() - dialog.combined().size());
    m_window.statusBar()->showMessage(
        tr("Merged %1's contribution: %2 fields changed, %3 conflicts kept as they were, %4 refused.")
            .arg(who)
            .arg(forward.size())
            .arg(kept)
            .arg(mp.count(MergeItem::Kind::Refused)));
    return true;
}

} // namespace cpc
