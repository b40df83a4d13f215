#include "editor/RichTextEdit.h"

#include "editor/MarkdownConverter.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextList>
#include <algorithm>

namespace cpc {

RichTextEdit::RichTextEdit(QWidget* parent) : QTextEdit(parent)
{
    setTabChangesFocus(true); // Tab moves on, as everywhere else in the window
    // The window's undo stack is the only one: it covers every edit, in every text, and survives reopening.
    setUndoRedoEnabled(false);
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_loading) return;
        // The spelling highlighter's repainting also reports a change of contents: only a change of the
        // words or their formatting is an edit (a stale one would be committed over a removed part).
        QString now = storedText();
        if (now == m_lastStored) return;
        m_lastStored = std::move(now);
        emit edited();
    });
}

void RichTextEdit::setSingleLine(bool single)
{
    m_singleLine = single;
    setAcceptRichText(!single);
    setLineWrapMode(single ? QTextEdit::WidgetWidth : QTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(single ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    if (single) {
        // A short text's box grows with what it holds (a partnership's full name takes three lines in a
        // narrow column), from two lines to six, so nothing typed is hidden below the edge.
        connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
                &RichTextEdit::fitHeight, Qt::UniqueConnection);
        fitHeight();
    }
}

void RichTextEdit::fitHeight()
{
    if (!m_singleLine) return;
    const int line = fontMetrics().lineSpacing();
    const int margins = int(document()->documentMargin() * 2) + frameWidth() * 2;
    const int content = int(document()->size().height()) - int(document()->documentMargin() * 2);
    const int height = std::clamp(content, line * 2, line * 6) + margins;
    if (height != this->height()) setFixedHeight(height);
}

QSize RichTextEdit::sizeHint() const
{
    QSize s = QTextEdit::sizeHint();
    if (!m_singleLine) s.setHeight(fontMetrics().lineSpacing() * 12);
    return s;
}

QString RichTextEdit::storedText() const
{
    return m_singleLine ? toPlainText().simplified() : MarkdownConverter::toMarkdown(*document());
}

void RichTextEdit::setStoredText(const QString& text)
{
    m_lastStored = text;
    if (storedText() == text) return;
    const int pos = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    m_loading = true;
    if (m_singleLine)
        setPlainText(text);
    else
        MarkdownConverter::fromMarkdown(*document(), text);
    m_loading = false;
    m_lastStored = storedText();
    QTextCursor c = textCursor();
    c.setPosition(std::min(pos, document()->characterCount() - 1));
    setTextCursor(c);
    verticalScrollBar()->setValue(scroll);
}

bool RichTextEdit::event(QEvent* e)
{
    // Let Ctrl+Z / Ctrl+Y reach the window's Undo and Redo instead of the text's own (disabled) undo.
    if (e->type() == QEvent::ShortcutOverride) {
        auto* k = static_cast<QKeyEvent*>(e);
        if (k->matches(QKeySequence::Undo) || k->matches(QKeySequence::Redo)) {
            e->ignore();
            return false;
        }
    }
    return QTextEdit::event(e);
}

bool RichTextEdit::canInsertFromMimeData(const QMimeData* source) const
{
    return source->hasText() || source->hasHtml();
}

void RichTextEdit::insertFromMimeData(const QMimeData* source)
{
    if (m_singleLine || !source->hasHtml()) {
        QString text = source->text();
        if (m_singleLine) text = text.simplified();
        textCursor().insertText(text);
        return;
    }
    // Through the subset and back: what Word or the browser sent beyond it is dropped here.
    QTextDocument clean;
    MarkdownConverter::fromMarkdown(clean, MarkdownConverter::fromHtml(source->html()));
    textCursor().insertFragment(QTextDocumentFragment(&clean));
}

void RichTextEdit::keyPressEvent(QKeyEvent* e)
{
    if (m_singleLine && (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter)) {
        e->ignore(); // a title has one line; let the dialog or form have the key
        return;
    }
    QTextEdit::keyPressEvent(e);
}

void RichTextEdit::focusOutEvent(QFocusEvent* e)
{
    QTextEdit::focusOutEvent(e);
    emit focusLeft();
}

void RichTextEdit::mergeFormat(const QTextCharFormat& f)
{
    // As word processors do: with the cursor inside a word, the format goes to the whole word; at a word's
    // edge it goes only to what is typed next. (Selecting the word under the cursor there too is what made
    // "Bold" off at the end of a bold phrase take the bold off its last word.)
    QTextCursor c = textCursor();
    if (!c.hasSelection()) {
        const QString text = c.block().text();
        const int at = c.positionInBlock();
        if (at > 0 && at < text.size() && text.at(at - 1).isLetterOrNumber() &&
            text.at(at).isLetterOrNumber())
            c.select(QTextCursor::WordUnderCursor);
    }
    if (c.hasSelection()) c.mergeCharFormat(f);
    mergeCurrentCharFormat(f);
}

bool RichTextEdit::isBold() const
{
    return currentCharFormat().fontWeight() >= QFont::DemiBold;
}
bool RichTextEdit::isItalic() const
{
    return currentCharFormat().fontItalic();
}
bool RichTextEdit::isSubheading() const
{
    return textCursor().blockFormat().headingLevel() > 0;
}

void RichTextEdit::toggleBold()
{
    if (m_singleLine) return;
    QTextCharFormat f;
    f.setFontWeight(isBold() ? QFont::Normal : QFont::Bold);
    mergeFormat(f);
}

void RichTextEdit::toggleItalic()
{
    if (m_singleLine) return;
    QTextCharFormat f;
    f.setFontItalic(!isItalic());
    mergeFormat(f);
}

void RichTextEdit::toggleList(bool numbered)
{
    if (m_singleLine) return;
    QTextCursor c = textCursor();
    c.beginEditBlock();
    const QTextListFormat::Style wanted = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    if (QTextList* list = c.currentList()) {
        if (list->format().style() == wanted) {
            // Taking the block out of its list.
            list->remove(c.block());
            QTextBlockFormat bf = c.blockFormat();
            bf.setIndent(0);
            c.setBlockFormat(bf);
        } else {
            QTextListFormat lf = list->format();
            lf.setStyle(wanted);
            list->setFormat(lf);
        }
    } else {
        QTextBlockFormat bf = c.blockFormat();
        bf.setHeadingLevel(0);
        c.setBlockFormat(bf);
        QTextListFormat lf;
        lf.setStyle(wanted);
        lf.setIndent(1);
        c.createList(lf);
    }
    c.endEditBlock();
}

void RichTextEdit::toggleSubheading()
{
    if (m_singleLine) return;
    QTextCursor c = textCursor();
    c.beginEditBlock();
    const bool on = !isSubheading();
    if (on)
        if (QTextList* list = c.currentList()) list->remove(c.block());
    QTextBlockFormat bf = c.blockFormat();
    bf.setHeadingLevel(on ? 3 : 0);
    bf.setIndent(0);
    c.setBlockFormat(bf);
    c.select(QTextCursor::BlockUnderCursor);
    QTextCharFormat cf;
    cf.setFontWeight(on ? QFont::Bold : QFont::Normal);
    cf.setProperty(QTextFormat::FontSizeAdjustment, on ? 1 : 0);
    c.mergeCharFormat(cf);
    c.endEditBlock();
}

void RichTextEdit::setLink(const QString& url)
{
    if (m_singleLine) return;
    QTextCursor c = textCursor();
    if (!c.hasSelection()) c.select(QTextCursor::WordUnderCursor);
    if (!c.hasSelection()) return;
    QTextCharFormat f;
    f.setAnchor(!url.isEmpty());
    f.setAnchorHref(url);
    f.setFontUnderline(!url.isEmpty());
    f.setForeground(url.isEmpty() ? palette().text() : palette().link());
    c.mergeCharFormat(f);
}

} // namespace cpc
