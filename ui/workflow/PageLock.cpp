#include "workflow/PageLock.h"

#include "common/NoticeBar.h"
#include "editor/BilingualEditor.h"
#include "editor/TextSideEditor.h"
#include "navigator/OpenContribution.h"
#include "navigator/ReviewTarget.h"
#include "storage/ReportDocument.h"
#include "window/WindowShell.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace cpc {

namespace {
bool isInsideTextSide(QWidget* w)
{
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<TextSideEditor*>(p)) return true;
    return false;
}

// A notice's own "Details" button stays usable on a locked page: it is how the user reads why.
bool isInsideNotice(QWidget* w)
{
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<NoticeBar*>(p)) return true;
    return false;
}
} // namespace

PageLock::PageLock(WindowShell& window) : QObject(&window), m_window(window) {}
PageLock::~PageLock() = default;

void PageLock::update()
{
    QWidget* page = m_window.currentPage();
    if (page != m_page) {
        m_readOnly.clear();
        m_disabled.clear();
        m_page = page;
        m_note = nullptr;
    }
    release();
    ReportDocument* doc = m_window.document();
    if (!doc || !page || doc->isReadOnly()) return;
    const NavNode node = m_window.currentNode();
    const auto target = ReviewTarget::of(node, doc->report());
    const auto contribution = OpenContribution::of(*doc);
    if (target && target->review.isApproved()) {
        lockAll(page, tr("Approved: this part is locked."),
                tr("It can be read and commented on; reopen it in the Review panel to change it."));
    } else if (contribution && !contribution->covers(node)) {
        lockAll(page,
                tr("Not part of %1's contribution: shown for context, read-only.")
                    .arg(ReviewTarget::entityName(doc->report(), contribution->request.entity)),
                QString());
    } else if (contribution) {
        lockTextsOutside(page);
    }
}

void PageLock::lockAll(QWidget* page, const QString& text, const QString& details)
{
    for (auto* side : page->findChildren<TextSideEditor*>()) {
        side->setReadOnly(true);
        m_readOnly << side;
    }
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (isInsideTextSide(w) || isInsideNotice(w) || !w->isEnabled()) continue;
        if (auto* e = qobject_cast<QLineEdit*>(w); e && !e->isReadOnly()) {
            e->setReadOnly(true);
            m_readOnly << e;
        } else if (auto* p = qobject_cast<QPlainTextEdit*>(w); p && !p->isReadOnly()) {
            p->setReadOnly(true);
            m_readOnly << p;
        } else if (auto* t = qobject_cast<QTextEdit*>(w); t && !t->isReadOnly()) {
            t->setReadOnly(true);
            m_readOnly << t;
        } else if (auto* s = qobject_cast<QAbstractSpinBox*>(w); s && !s->isReadOnly()) {
            s->setReadOnly(true);
            m_readOnly << s;
        } else if (qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w)) {
            w->setEnabled(false);
            m_disabled << w;
        } else if (auto* v = qobject_cast<QAbstractItemView*>(w);
                   v && v->editTriggers() != QAbstractItemView::NoEditTriggers) {
            v->setProperty("cpcEditTriggers", int(v->editTriggers()));
            v->setEditTriggers(QAbstractItemView::NoEditTriggers);
            m_readOnly << v;
        }
    }
    if (!m_note) {
        auto* box = qobject_cast<QBoxLayout*>(page->layout());
        if (!box) return;
        m_note = new NoticeBar(NoticeBar::Tone::Note, page);
        m_note->setObjectName(QStringLiteral("lockNote"));
        box->insertWidget(0, m_note);
    }
    m_note->setText(text, details);
    m_note->show();
}

void PageLock::lockTextsOutside(QWidget* page)
{
    const auto contribution = OpenContribution::of(*m_window.document());
    for (auto* editor : page->findChildren<BilingualEditor*>()) {
        if (contribution->scope.allows(editor->path().child(languageCode(Language::En)))) continue;
        for (Language l : {Language::En, Language::Es}) {
            editor->side(l)->setReadOnly(true);
            m_readOnly << editor->side(l);
        }
    }
}

void PageLock::release()
{
    const bool docReadOnly = m_window.document() && m_window.document()->isReadOnly();
    for (const auto& w : std::as_const(m_readOnly)) {
        if (!w) continue;
        if (auto* side = qobject_cast<TextSideEditor*>(w.data()))
            side->setReadOnly(docReadOnly);
        else if (auto* e = qobject_cast<QLineEdit*>(w.data()))
            e->setReadOnly(false);
        else if (auto* p = qobject_cast<QPlainTextEdit*>(w.data()))
            p->setReadOnly(false);
        else if (auto* t = qobject_cast<QTextEdit*>(w.data()))
            t->setReadOnly(false);
        else if (auto* s = qobject_cast<QAbstractSpinBox*>(w.data()))
            s->setReadOnly(false);
        else if (auto* v = qobject_cast<QAbstractItemView*>(w.data()))
            v->setEditTriggers(QAbstractItemView::EditTriggers(v->property("cpcEditTriggers").toInt()));
    }
    for (const auto& w : std::as_const(m_disabled))
        if (w) w->setEnabled(true);
    m_readOnly.clear();
    m_disabled.clear();
    if (m_note) m_note->hide();
}

} // namespace cpc
