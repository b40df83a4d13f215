#pragma once

#include "checks/SpellChecker.h"

#include <QPointer>
#include <QSyntaxHighlighter>
#include <optional>

class QAction;

namespace cpc {

class ReportSpelling;
class RichTextEdit;

// Underlines, in one side of a bilingual text, the words core's SpellChecker does not know in that
// side's language, and puts suggestions and "Add to the report's dictionary" at the top of the
// editor's context menu. It finds the window's ReportSpelling through its parents.
class SpellHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    SpellHighlighter(RichTextEdit* edit, Language language);

    static SpellHighlighter* of(const RichTextEdit* edit);
    Language language() const { return m_language; }
    // Uses `spelling` from now on (and underlines again); the window hands it over when a page opens.
    void attach(ReportSpelling* spelling);

    // The misspelled word at document position `position`, if any (start is a document position).
    std::optional<SpellChecker::Word> misspelledAt(int position) const;
    // The spelling actions for the word at `position`: one per suggestion (replacing the word), then
    // adding it to the report's dictionary. Empty when the word there is not misspelled.
    QList<QAction*> actionsAt(int position, QObject* parent);

protected:
    void highlightBlock(const QString& text) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ReportSpelling* spelling();

    RichTextEdit* m_edit;
    Language m_language;
    QPointer<ReportSpelling> m_spelling;
};

} // namespace cpc
