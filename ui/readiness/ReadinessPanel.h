#pragma once

#include "checks/Finding.h"
#include "checks/Readiness.h"
#include "merge/ContributionScope.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;

namespace cpc {

class FindingsModel;
class WindowShell;
class ReadinessRunner;
class ReportDocument;

// The readiness panel: the findings of core's checks (the same as `cpcreport check`), grouped by
// severity, with the overall progress figure. It re-runs the checks, off the interface thread, shortly
// after the user stops typing. Double-clicking a finding opens its place; privacy warnings can be
// dismissed there (the file remembers it).
class ReadinessPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReadinessPanel(WindowShell& window, QWidget* parent = nullptr);

    FindingsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    const Readiness& readiness() const { return m_readiness; }
    // How long after the last change the checks run again.
    static constexpr int kDelayMs = 500;

    // Checks again now (also what the Refresh button does).
    void refresh();
    // Opens the place of the finding at `index` in the window.
    void goTo(const QModelIndex& index);
    // Dismisses the privacy warning at `index`; false (and the user is told why) when it cannot be.
    bool dismiss(const QModelIndex& index);

signals:
    // The findings on screen were replaced by a new run.
    void updated();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setDocument(ReportDocument* doc);
    void showResults(const Findings& findings, const Readiness& readiness);
    void updateButtons();

    // In a partner's contribution: only what is on the parts open to them, counted again.
    Findings inScope(const Findings& findings, Readiness* readiness) const;

    WindowShell& m_window;
    std::optional<ContributionScope> m_scope; // set while a contribution file is open
    QPointer<ReportDocument> m_doc;
    FindingsModel* m_model;
    ReadinessRunner* m_runner;
    QTimer* m_delay;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTreeView* m_view;
    QPushButton* m_dismiss;
    QPushButton* m_refresh;
    Readiness m_readiness;
};

} // namespace cpc
