#pragma once

#include <QTextEdit>

namespace cpc {

// A text editor whose content is always expressible in the stored Markdown subset: formatting commands
// only offer what the subset has, and a paste from Word or a web page keeps only that (tables become
// paragraphs, colours and fonts go). In single-line mode (titles, names) it takes plain text only.
class RichTextEdit : public QTextEdit {
    Q_OBJECT
public:
    explicit RichTextEdit(QWidget* parent = nullptr);

    void setSingleLine(bool single);
    bool isSingleLine() const { return m_singleLine; }

    // The content in stored form (Markdown, or plain text in single-line mode), and back.
    QString storedText() const;
    // Replaces the content without emitting edited(), keeping the cursor where it was when possible.
    void setStoredText(const QString& text);

    // Formatting, as the toolbar offers it.
    void toggleBold();
    void toggleItalic();
    void toggleList(bool numbered);
    void toggleSubheading();
    void setLink(const QString& url); // on the selection; an empty url removes the link

    bool isBold() const;
    bool isItalic() const;
    bool isSubheading() const;

    QSize sizeHint() const override;
    // Tests paste through here, as a drop or Ctrl+V would.
    void insertFromMimeDataForTest(const QMimeData* source) { insertFromMimeData(source); }

signals:
    // The user changed the text (not emitted by setStoredText).
    void edited();
    void focusLeft();

protected:
    bool event(QEvent* e) override;
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
    void keyPressEvent(QKeyEvent* e) override;
    void focusOutEvent(QFocusEvent* e) override;

private:
    void mergeFormat(const QTextCharFormat& f);
    void fitHeight();

    bool m_singleLine = false;
    bool m_loading = false;
    QString m_lastStored; // what edited() last reported or setStoredText() loaded
};

} // namespace cpc
