#include "readiness/ReadinessPanel.h"

#include "checks/CheckEngine.h"
#include "checks/Dismissals.h"
#include "common/MessageBox.h"
#include "editor/BilingualEditor.h"
#include "editor/RichTextEdit.h"
#include "editor/TextSideEditor.h"
#include "merge/ContributionRequest.h"
#include "readiness/FindingsModel.h"
#include "readiness/ReadinessRunner.h"
#include "storage/ReportDocument.h"
#include "undo/EditSession.h"
#include "window/WindowShell.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace cpc {

ReadinessPanel::ReadinessPanel(WindowShell& window, QWidget* parent)
    : QWidget(parent), m_window(window), m_model(new FindingsModel(this)),
      m_runner(new ReadinessRunner(this)), m_delay(new QTimer(this)), m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)), m_view(new QTreeView(this)),
      m_dismiss(new QPushButton(tr("&Dismiss warning"), this)),
      m_refresh(new QPushButton(tr("Check &again"), this))
{
    setObjectName(QStringLiteral("readinessPanel"));
    m_delay->setSingleShot(true);
    m_delay->setInterval(kDelayMs);
    connect(m_delay, &QTimer::timeout, this, &ReadinessPanel::refresh);

    m_progress->setRange(0, 100);
    m_progress->setFormat(tr("%p% ready"));
    m_progress->setAccessibleName(tr("Readiness"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_view->setObjectName(QStringLiteral("readinessFindings"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Readiness findings"));
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    // The message takes what the place leaves, so that a narrow laptop panel still shows it from its start
    // (the whole finding is in the tooltip).
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::PlaceColumn, QHeaderView::Interactive);
    connect(m_view, &QTreeView::activated, this, &ReadinessPanel::goTo);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReadinessPanel::updateButtons);

    m_dismiss->setToolTip(
        tr("You have checked the text: it does not identify a child. The warning stays away "
           "until the text at that place changes."));
    connect(m_dismiss, &QPushButton::clicked, this, [this] { dismiss(m_view->currentIndex()); });
    connect(m_refresh, &QPushButton::clicked, this, &ReadinessPanel::refresh);

    connect(m_runner, &ReadinessRunner::finished, this, &ReadinessPanel::showResults);
    connect(m_runner, &ReadinessRunner::runningChanged, this, [this](bool running) {
        if (running) m_summary->setText(tr("Checking…"));
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(&window, &WindowShell::documentChanged, this, &ReadinessPanel::setDocument);
    setDocument(window.document());
}

void ReadinessPanel::setDocument(ReportDocument* doc)
{
    if (m_doc) disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_delay->stop();
    m_runner->cancel();
    m_readiness = Readiness{};
    m_scope.reset();
    if (doc)
        if (const auto request = ContributionRequest::of(*doc))
            m_scope.emplace(doc->report(), request->entity);
    if (!doc) {
        m_model->setFindings(Report{}, {});
        m_progress->setValue(0);
        m_summary->setText(tr("No report is open."));
        setEnabled(false);
        return;
    }
    setEnabled(true);
    // The whole report's progress is the coordinator's figure, not the partner's.
    m_progress->setVisible(!m_scope);
    connect(doc, &ReportDocument::changed, this, [this] { m_delay->start(); });
    refresh();
}

void ReadinessPanel::refresh()
{
    m_delay->stop();
    if (!m_doc) return;
    m_runner->run(m_doc->report(), CheckEngine::contextFor(*m_doc));
}

Findings ReadinessPanel::inScope(const Findings& findings, Readiness* readiness) const
{
    if (!m_scope) return findings;
    Findings out;
    *readiness = Readiness{0, 0, 0, readiness->progress};
    for (const Finding& f : findings) {
        // The most particular place decides: an activity of theirs in a section that is not, and so on.
        const bool theirs = !f.indicator.isEmpty()  ? m_scope->indicators().contains(f.indicator)
                            : !f.activity.isEmpty() ? m_scope->activities().contains(f.activity)
                            : !f.section.isEmpty()  ? m_scope->sections().contains(f.section)
                                                    : false;
        if (!theirs) continue;
        out << f;
        switch (f.severity) {
        case Severity::Error:
            ++readiness->errors;
            break;
        case Severity::Warning:
            ++readiness->warnings;
            break;
        case Severity::Info:
            ++readiness->infos;
            break;
        }
    }
    return out;
}

void ReadinessPanel::showResults(const Findings& all, const Readiness& whole)
{
    if (!m_doc) return;
    Readiness readiness = whole;
    const Findings findings = inScope(all, &readiness);
    m_readiness = readiness;
    m_model->setFindings(m_doc->report(), findings);
    m_progress->setValue(readiness.progress);
    QString text = m_scope ? tr("Your parts: ") : QString();
    text += tr("%n error(s)", nullptr, readiness.errors) + QStringLiteral(", ") +
            tr("%n warning(s)", nullptr, readiness.warnings) + QStringLiteral(", ") +
            tr("%n note(s)", nullptr, readiness.infos) + QStringLiteral(". ");
    if (m_scope)
        text += readiness.isReady() ? tr("Nothing left to fix in your parts.")
                                    : tr("Fix these before sending the file back.");
    else
        text += readiness.isReady() ? tr("The report is ready to print.") : tr("Not ready to print yet.");
    m_summary->setText(text);
    emit updated();
}

void ReadinessPanel::updateButtons()
{
    const Finding* f = m_model->finding(m_view->currentIndex());
    m_dismiss->setEnabled(f && FindingsModel::isDismissable(*f) && m_doc && !m_doc->isReadOnly());
}

void ReadinessPanel::goTo(const QModelIndex& index)
{
    const Finding* f = m_model->finding(index);
    if (!f || !m_doc || f->path.isEmpty()) return;
    const Finding finding = *f; // selecting a node may re-run the checks and replace the model
    m_window.selectNode(NavNode::forPath(finding.path, m_doc->report()));
    QWidget* page = m_window.currentPage();
    if (!page) return;
    // A finding on a text side names the text and then the language; put the cursor there.
    const FieldPath textPath = finding.language ? finding.path.parent() : finding.path;
    auto* editor = page->findChild<BilingualEditor*>(QStringLiteral("bilingual:") + textPath.toString());
    if (!editor) return;
    RichTextEdit* edit = editor->side(finding.language.value_or(Language::En))->editor();
    edit->setFocus(Qt::OtherFocusReason);
    // The finding's offsets are in the stored Markdown; the editor shows it formatted, so look the
    // matched text up instead.
    if (!finding.excerpt.isEmpty() && finding.rule != QLatin1String("spelling.unknown-words")) {
        const QTextCursor found = edit->document()->find(finding.excerpt);
        if (!found.isNull()) edit->setTextCursor(found);
    }
    edit->ensureCursorVisible();
}

bool ReadinessPanel::dismiss(const QModelIndex& index)
{
    const Finding* f = m_model->finding(index);
    if (!f || !FindingsModel::isDismissable(*f) || !m_doc) return false;
    if (Status s = Dismissals::dismiss(*m_doc, *f); !s) {
        MessageBox::warning(this, tr("Dismiss warning"),
                            tr("The warning could not be dismissed.\n\n%1").arg(s.error().toString()));
        return false;
    }
    refresh();
    return true;
}

void ReadinessPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The place column gets about a third of the panel; the message the rest.
    m_view->header()->resizeSection(FindingsModel::PlaceColumn,
                                    std::max(90, m_view->viewport()->width() * 35 / 100));
}

} // namespace cpc
