#pragma once

#include <QObject>
#include <functional>

class QAction;
class QLabel;
namespace cpc {
class NoticeBar;
}
class QMenu;

namespace cpc {

class WindowShell;
class ReportDocument;
class ReviewDialog;

// The Review menu's contribution steps and what the window shows for a contribution file:
//  - Request Contribution From…: RequestDialog writes the partner's file.
//  - Merge Contribution…: plans the merge of a returned file, shows ReviewDialog and applies the user's
//    decisions as one undoable step (one transaction, recorded as the contributor's merge).
//  - A banner over the page when the open file is itself a contribution, saying whose it is and what is
//    asked; its edits are limited to that entity's parts (ContributionRequest::restrictEdits).
class ContributionActions : public QObject {
    Q_OBJECT
public:
    ContributionActions(WindowShell& window, QMenu* menu);

    QAction* requestAction() const { return m_request; }
    QAction* mergeAction() const { return m_merge; }
    NoticeBar* banner() const { return m_banner; }

    // Tests decide the review instead of a modal dialog: the function gets the dialog and returns whether
    // the user merged. Used once.
    static void setNextReview(std::function<bool(ReviewDialog&)> review);

public slots:
    void requestContribution();
    void mergeContribution();
    // Plans, reviews and applies the merge of `path`; false when nothing was merged (the user was told why).
    bool mergeFile(const QString& path);

private:
    void documentChanged(ReportDocument* doc);
    void updateActions();

    WindowShell& m_window;
    QAction* m_request;
    QAction* m_merge;
    NoticeBar* m_banner;
};

} // namespace cpc
