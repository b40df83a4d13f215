#include "undo/EditSession.h"

#include "edit/FieldValues.h"
#include "settings/Identity.h"
#include "storage/ReportDocument.h"
#include "undo/ChangeCommand.h"

#include <QLocale>
#include <QUndoStack>

namespace cpc {

namespace {

QJsonValue orNull(const QJsonValue& v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

// One group of history rows, as forward and inverse changes.
struct Step {
    QList<FieldChange> forward;
    QList<FieldChange> inverse;
    QDateTime at;
};

Step stepOf(const QList<HistoryEntry>& rows)
{
    Step s;
    for (const HistoryEntry& e : rows)
        s.forward << FieldChange{e.path, orNull(e.newValue), false};
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        s.inverse << FieldChange{it->path, orNull(it->oldValue), false};
    if (!rows.isEmpty()) s.at = rows.constFirst().at;
    return s;
}

// An undo row group restores, for each path, the old value of the step it took back.
bool restores(const Step& undoGroup, const Step& candidate)
{
    for (const FieldChange& u : undoGroup.forward) {
        bool found = false;
        for (const FieldChange& c : candidate.inverse)
            if (c.path == u.path) {
                if (c.value != u.value) return false;
                found = true;
            }
        if (!found) return false;
    }
    return true;
}

bool touchesOnly(const Step& candidate, const Step& undoGroup)
{
    for (const FieldChange& c : candidate.forward) {
        bool found = false;
        for (const FieldChange& u : undoGroup.forward)
            found = found || u.path == c.path;
        if (!found) return false;
    }
    return true;
}

} // namespace

EditSession::EditSession(ReportDocument* doc, QUndoStack* stack, QObject* parent)
    : QObject(parent), m_doc(doc), m_stack(stack)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &EditSession::flush);
}

EditSession::~EditSession()
{
    flush();
}

bool EditSession::edit(const QList<FieldChange>& changes, const QString& text)
{
    flush();
    sealTyping();
    auto inverse = ChangeCommand::inverseOf(*m_doc, changes);
    const QString author = Identity::current().author();
    const Status s = m_doc->apply(ChangeSet{changes, author, ChangeOrigin::Edit});
    if (!s) {
        emit failed(s.error().toString());
        return false;
    }
    m_stack->push(new ChangeCommand(m_doc, changes, std::move(inverse), text, author));
    return true;
}

bool EditSession::confirm(const FieldPath& path)
{
    flush();
    const Status s = m_doc->apply(
        ChangeSet{{FieldChange{path, QJsonValue(), true}}, Identity::current().author(), ChangeOrigin::Edit});
    if (!s) emit failed(s.error().toString());
    return bool(s);
}

void EditSession::type(const FieldPath& path, const QString& value)
{
    const QString key = path.toString();
    // Recorded first: committing the previous text below refreshes the editors, and an editor with pending
    // typing keeps what it shows (otherwise the first letter typed in a new box was wiped by that refresh).
    m_pending.insert(key, value);
    if (!m_lastTypedPath.isEmpty() && m_lastTypedPath != key) {
        // Moving to another text: what was typed before belongs to the previous step.
        m_debounce.stop();
        const auto keys = m_pending.keys();
        for (const QString& k : keys)
            if (k != key) commit(k);
        sealTyping();
    }
    m_lastTypedPath = key;
    m_debounce.start();
}

void EditSession::flush()
{
    m_debounce.stop();
    const auto keys = m_pending.keys();
    for (const QString& k : keys)
        commit(k);
}

void EditSession::commit(const QString& key)
{
    const QString value = m_pending.take(key);
    const FieldPath path = FieldPath::fromString(key);
    const QList<FieldChange> forward{FieldChange{path, value, false}};
    if (FieldValues::get(m_doc->report(), path) == QJsonValue(value)) return; // nothing changed
    auto inverse = ChangeCommand::inverseOf(*m_doc, forward);
    const QString author = Identity::current().author();
    const Status s = m_doc->apply(ChangeSet{forward, author, ChangeOrigin::Edit});
    if (!s) {
        emit failed(s.error().toString());
        return;
    }
    m_stack->push(new ChangeCommand(m_doc, forward, std::move(inverse), tr("Typing"), author, true));
}

void EditSession::sealTyping()
{
    m_lastTypedPath.clear();
    if (m_stack->index() == 0) return;
    // Only the newest step can still absorb typing.
    if (auto* top = dynamic_cast<const ChangeCommand*>(m_stack->command(m_stack->index() - 1)))
        const_cast<ChangeCommand*>(top)->seal();
}

void EditSession::undo()
{
    flush();
    sealTyping();
    m_stack->undo();
}

void EditSession::redo()
{
    flush();
    sealTyping();
    m_stack->redo();
}

void EditSession::rebuildFromHistory(int maxSteps)
{
    flush();
    const QList<HistoryEntry> rows = m_doc->history();
    // Replay the file's history as the window's stack would have lived through it.
    QList<Step> done;
    QList<QList<Step>> undone; // each undo took back one or more (merged typing) steps
    for (int i = 0; i < rows.size();) {
        int j = i;
        QList<HistoryEntry> group;
        while (j < rows.size() && rows[j].group == rows[i].group)
            group << rows[j++];
        const ChangeOrigin origin = group.constFirst().origin;
        const Step step = stepOf(group);
        i = j;
        if (origin == ChangeOrigin::New) {
            done.clear();
            undone.clear();
        } else if (origin == ChangeOrigin::Undo) {
            QList<Step> taken;
            while (!done.isEmpty() && touchesOnly(done.constLast(), step)) {
                taken.prepend(done.takeLast());
                if (restores(step, taken.constFirst())) break;
            }
            if (!taken.isEmpty()) undone << taken;
        } else if (origin == ChangeOrigin::Redo) {
            if (!undone.isEmpty()) done << undone.takeLast();
        } else {
            bool wordsChanged = false;
            for (const HistoryEntry& e : group)
                wordsChanged = wordsChanged || e.oldValue != e.newValue;
            if (!wordsChanged) continue; // a confirmation: nothing to take back
            done << step;
            undone.clear();
        }
    }
    if (done.size() > maxSteps) done = done.mid(done.size() - maxSteps);

    m_stack->clear();
    const QString author = Identity::current().author();
    for (const Step& s : done) {
        auto* cmd = new ChangeCommand(
            m_doc, s.forward, s.inverse,
            tr("Edit of %1").arg(QLocale().toString(s.at.toLocalTime(), QLocale::ShortFormat)), author);
        m_stack->push(cmd); // already in the file: the push's redo() does nothing
    }
    m_stack->setClean();
}

} // namespace cpc
