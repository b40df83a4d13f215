#include "spelling/SpellHighlighter.h"

#include "editor/RichTextEdit.h"
#include "spelling/ReportSpelling.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>

namespace cpc {

SpellHighlighter::SpellHighlighter(RichTextEdit* edit, Language language)
    : QSyntaxHighlighter(edit->document()), m_edit(edit), m_language(language)
{
    setObjectName(QStringLiteral("spellHighlighter"));
    // Mouse menus arrive at the viewport, keyboard ones (Menu key, Shift+F10) at the editor itself.
    edit->installEventFilter(this);
    edit->viewport()->installEventFilter(this);
}

SpellHighlighter* SpellHighlighter::of(const RichTextEdit* edit)
{
    return edit->document()->findChild<SpellHighlighter*>(QString(), Qt::FindDirectChildrenOnly);
}

void SpellHighlighter::attach(ReportSpelling* spelling)
{
    if (m_spelling == spelling) return;
    if (m_spelling) disconnect(m_spelling, nullptr, this, nullptr);
    m_spelling = spelling;
    if (spelling) connect(spelling, &ReportSpelling::changed, this, &QSyntaxHighlighter::rehighlight);
    rehighlight();
}

ReportSpelling* SpellHighlighter::spelling()
{
    // The editor may have been built before its page joined the window; look again until found.
    if (!m_spelling) {
        if (ReportSpelling* found = ReportSpelling::of(m_edit)) {
            m_spelling = found;
            connect(found, &ReportSpelling::changed, this, &QSyntaxHighlighter::rehighlight);
        }
    }
    return m_spelling;
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    ReportSpelling* s = spelling();
    if (!s || !s->isEnabled(m_language)) return;
    QTextCharFormat wrong;
    wrong.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    wrong.setUnderlineColor(Qt::red);
    for (const SpellChecker::Word& w : s->misspelled(text, m_language))
        setFormat(w.start, w.length, wrong);
}

std::optional<SpellChecker::Word> SpellHighlighter::misspelledAt(int position) const
{
    if (!m_spelling || !m_spelling->isEnabled(m_language)) return std::nullopt;
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid()) return std::nullopt;
    for (SpellChecker::Word w : m_spelling->misspelled(block.text(), m_language)) {
        w.start += block.position();
        if (position >= w.start && position <= w.start + w.length) return w;
    }
    return std::nullopt;
}

QList<QAction*> SpellHighlighter::actionsAt(int position, QObject* parent)
{
    spelling();
    const std::optional<SpellChecker::Word> word = misspelledAt(position);
    if (!word) return {};
    QList<QAction*> actions;
    const QStringList suggestions = m_spelling->suggest(word->text, m_language);
    for (const QString& suggestion : suggestions) {
        auto* a = new QAction(suggestion, parent);
        a->setEnabled(!m_edit->isReadOnly());
        const SpellChecker::Word w = *word;
        connect(a, &QAction::triggered, m_edit, [edit = m_edit, w, suggestion] {
            QTextCursor c(edit->document());
            c.setPosition(w.start);
            c.setPosition(w.start + w.length, QTextCursor::KeepAnchor);
            if (c.selectedText() == w.text) c.insertText(suggestion); // the text may have moved since
        });
        actions << a;
    }
    if (suggestions.isEmpty()) {
        auto* none = new QAction(tr("No suggestions"), parent);
        none->setEnabled(false);
        actions << none;
    }
    auto* add = new QAction(tr("Add “%1” to the report's dictionary").arg(word->text), parent);
    add->setObjectName(QStringLiteral("addToDictionary"));
    add->setEnabled(m_spelling->canAddWords());
    connect(add, &QAction::triggered, m_spelling, [spelling = m_spelling, text = word->text, edit = m_edit] {
        if (spelling) spelling->addToDictionary(text, edit);
    });
    actions << add;
    return actions;
}

bool SpellHighlighter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ContextMenu) return QSyntaxHighlighter::eventFilter(watched, event);
    auto* e = static_cast<QContextMenuEvent*>(event);
    QPoint viewportPos;
    int position;
    if (watched == m_edit->viewport()) {
        viewportPos = e->pos();
        position = m_edit->cursorForPosition(viewportPos).position();
    } else {
        if (e->reason() != QContextMenuEvent::Keyboard) return false;
        position = m_edit->textCursor().position();
        viewportPos = m_edit->cursorRect().center();
    }
    // The standard menu wants document coordinates (for "Copy Link Location").
    const QPoint scroll(m_edit->horizontalScrollBar()->value(), m_edit->verticalScrollBar()->value());
    QMenu* menu = m_edit->createStandardContextMenu(viewportPos + scroll);
    const QList<QAction*> spellActions = actionsAt(position, menu);
    if (!spellActions.isEmpty()) {
        QAction* first = menu->actions().value(0);
        menu->insertActions(first, spellActions);
        menu->insertSeparator(first);
    }
    menu->exec(e->globalPos());
    delete menu;
    return true;
}

} // namespace cpc
