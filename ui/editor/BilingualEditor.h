#pragma once

#include "model/FieldPath.h"
#include "model/Language.h"

#include <QWidget>

class QSplitter;

namespace cpc {

class EditSession;
class ReportDocument;
class TextSideEditor;
struct BiText;

// One bilingual text, the report's source language first and the translation beside it. Each side
// writes through the EditSession as the user types, shows its state (missing, current or stale, and
// since when), and offers to show what changed in the other side and to confirm the translation.
// Follows the document: undo, other widgets and other paths that change the text update it here.
class BilingualEditor : public QWidget {
    Q_OBJECT
public:
    // `path` names the text without its language (sections/ID/body). `rich`: Markdown with a toolbar;
    // otherwise one plain line (titles, names).
    BilingualEditor(EditSession* session, const FieldPath& path, bool rich, QWidget* parent = nullptr);

    const FieldPath& path() const { return m_path; }
    TextSideEditor* side(Language l) const;
    void
    setLabel(const QString& label); // what the text is ("Body", "Title"), for headings and screen readers

    // Why side `l` is in its state, in the interface language, e.g. "The Spanish text was last
    // confirmed before the English changed on 3 May 2024."
    static QString stateSentence(const ReportDocument& doc, const FieldPath& path, const BiText& text,
                                 Language l);
    static QString languageName(Language l);
    static QString languageInSentence(Language l);

    // Side by side when there is room for both, one above the other below that width.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    // A side's heading and state wrap at the side's width (the English state line is longer than the Spanish
    // one): the editor asks for the height its taller side needs at the width it is given.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    bool sideBySide() const;

public slots:
    void refresh();
    void showChanges(Language l);

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int sideBySideWidth() const;
    void onChanged(const QList<FieldPath>& paths);

    EditSession* m_session;
    FieldPath m_path;
    QString m_label;
    TextSideEditor* m_sides[2];
    QSplitter* m_split;
};

} // namespace cpc
