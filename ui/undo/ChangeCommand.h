#pragma once

#include "edit/FieldChange.h"

#include <QDateTime>
#include <QUndoCommand>

namespace cpc {

class ReportDocument;

// One undoable step: the changes it made and the changes that take them back, both applied through
// ReportDocument::apply (so undo and redo are recorded in the file's history like any edit).
//
// The step is applied before it is pushed (the caller must know whether the file took it), so the
// first redo() the stack makes on push does nothing. Typing in one text produces one step per debounce
// commit; consecutive ones merge (mergeWith) into a single undo step while the user keeps typing there.
class ChangeCommand : public QUndoCommand {
public:
    enum { TypingId = 0x43504331 };

    ChangeCommand(ReportDocument* doc, QList<FieldChange> forward, QList<FieldChange> inverse,
                  const QString& text, const QString& author, bool typing = false);

    // The inverse of `forward` as the report stands now (before `forward` is applied).
    static QList<FieldChange> inverseOf(const ReportDocument& doc, const QList<FieldChange>& forward);

    void undo() override;
    void redo() override;
    int id() const override { return m_typing ? TypingId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

    // Stops later typing from merging into this step (focus left the text, another kind of edit came).
    void seal() { m_sealed = true; }
    // Marks a step rebuilt from history as already in the file, the same as a freshly applied one.
    void setAlreadyApplied(bool applied) { m_skipRedo = applied; }
    bool lastApplyFailed() const { return !m_lastError.isEmpty(); }
    const QString& lastError() const { return m_lastError; }
    const QList<FieldChange>& forward() const { return m_forward; }

    // How long after the previous keystroke commit new typing still joins the same undo step.
    static constexpr int kMergeWindowMs = 4000;

private:
    void run(const QList<FieldChange>& changes, ChangeOrigin origin);

    ReportDocument* m_doc;
    QList<FieldChange> m_forward;
    QList<FieldChange> m_inverse;
    QString m_author;
    bool m_typing;
    bool m_sealed = false;
    bool m_skipRedo = true;
    QDateTime m_lastCommit;
    QString m_lastError;
};

} // namespace cpc
