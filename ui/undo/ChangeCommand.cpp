#include "undo/ChangeCommand.h"

#include "edit/FieldValues.h"
#include "edit/StructureChanges.h"
#include "edit/TextChange.h"
#include "storage/ReportDocument.h"

#include <QJsonArray>
#include <QJsonValue>

namespace cpc {

ChangeCommand::ChangeCommand(ReportDocument* doc, QList<FieldChange> forward, QList<FieldChange> inverse,
                             const QString& text, const QString& author, bool typing)
    : m_doc(doc), m_forward(std::move(forward)), m_inverse(std::move(inverse)), m_author(author),
      m_typing(typing), m_lastCommit(QDateTime::currentDateTimeUtc())
{
    setText(text);
}

QList<FieldChange> ChangeCommand::inverseOf(const ReportDocument& doc, const QList<FieldChange>& forward)
{
    QList<FieldChange> inverse;
    // Undone in reverse order, so that an object created first is removed last.
    for (auto it = forward.crbegin(); it != forward.crend(); ++it) {
        // A confirmation changes no words; there is nothing to put back.
        if (it->confirm) continue;
        // A removed activity or indicator comes back where it was, whole (see StructureChanges).
        if (QList<FieldChange> back = StructureChanges::restoreRemoved(doc.report(), *it); !back.isEmpty()) {
            inverse << back;
            continue;
        }
        QJsonValue old = FieldValues::get(doc.report(), it->path);
        // An order that places a part this step creates: removing the part takes it back, and the old
        // order (without the part) could not apply while the part is still there.
        const bool orderField = it->path.last().endsWith(QLatin1String("_order"));
        if (orderField && old.isArray() && it->value.isArray() &&
            old.toArray().size() != it->value.toArray().size())
            continue;
        // Nothing there before: taking the change back removes what it created.
        if (old.isUndefined()) old = QJsonValue(QJsonValue::Null);
        FieldChange back{it->path, old, false};
        // Taking back a text edit takes back the translation state it brought (docs/translation-state.md).
        if (languageFromCode(it->path.last()))
            if (const BiText* text = TextChange::find(doc.report(), it->path.parent()))
                back.value = TextChange::restoreValue(old.toString(), *text);
        inverse << back;
    }
    return inverse;
}

void ChangeCommand::run(const QList<FieldChange>& changes, ChangeOrigin origin)
{
    const Status s = m_doc->apply(ChangeSet{changes, m_author, origin});
    m_lastError = s ? QString() : s.error().toString();
    // A step that no longer applies (the file changed under it) must not be retried forever.
    if (!s) setObsolete(true);
}

void ChangeCommand::undo()
{
    run(m_inverse, ChangeOrigin::Undo);
}

void ChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    run(m_forward, ChangeOrigin::Redo);
}

bool ChangeCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const ChangeCommand*>(other);
    if (!o || !m_typing || !o->m_typing || m_sealed || o->m_doc != m_doc) return false;
    if (m_forward.size() != 1 || o->m_forward.size() != 1 || m_forward[0].path != o->m_forward[0].path)
        return false;
    if (m_lastCommit.msecsTo(o->m_lastCommit) > kMergeWindowMs) return false;
    // The merged step goes from this step's old text straight to the other's new text.
    m_forward = o->m_forward;
    m_lastCommit = o->m_lastCommit;
    return true;
}

} // namespace cpc
