#pragma once

#include "edit/FieldChange.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QUndoStack;

namespace cpc {

class ChangeCommand;
class ReportDocument;

// Every edit the window makes goes through one EditSession per open report: it turns the edit into an
// undoable ChangeCommand over ReportDocument::apply and reports failures. Widgets (ours and UI-B's
// indicator table, activity form...) call edit() for discrete changes and type() for text as it is
// typed. Typing is committed to the file by a debounce timer, ~300 ms after the last keystroke, so the
// window never waits on disk per key and nothing typed is older than a second when the program dies.
class EditSession : public QObject {
    Q_OBJECT
public:
    EditSession(ReportDocument* doc, QUndoStack* stack, QObject* parent = nullptr);
    ~EditSession() override;

    ReportDocument* document() const { return m_doc; }
    QUndoStack* undoStack() const { return m_stack; }

    // Applies `changes` as one undo step named `text`. False (and failed() emitted) when the report
    // refuses them; then nothing changed.
    bool edit(const QList<FieldChange>& changes, const QString& text);
    // Confirms text side `path` (…/en or …/es) as a faithful translation. Not an undo step: it changes
    // no words, and there is nothing to take back.
    bool confirm(const FieldPath& path);
    // Records `value` as the new text of `path` (…/LANG), committed shortly after typing pauses.
    void type(const FieldPath& path, const QString& value);
    // The text waiting to be committed for `path`, if any (editors compare against it).
    bool hasPending(const FieldPath& path) const { return m_pending.contains(path.toString()); }
    // Commits all pending typing now (before undo, save a copy, close...).
    void flush();
    // Ends the current typing step: the next keystroke starts a new undo step.
    void sealTyping();

    void undo();
    void redo();

    // Rebuilds undo steps from the file's history so that Undo works after reopening as far as the
    // history reaches: the user's steps, minus those already undone (undo/redo rows replayed in order).
    void rebuildFromHistory(int maxSteps = 500);

    static constexpr int kDebounceMs = 300;

signals:
    void failed(const QString& message);

private:
    void commit(const QString& key);

    ReportDocument* m_doc;
    QUndoStack* m_stack;
    QString m_author;
    QHash<QString, QString> m_pending; // path text → value
    QTimer m_debounce;
    QString m_lastTypedPath;
};

} // namespace cpc
