#pragma once

#include "edit/FieldChange.h"
#include "model/BiText.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <optional>

namespace cpc {

struct Report;

// The one way a text side changes: `segment` is "en" or "es"; the change writes or confirms that side by
// the translation-state rules (docs/translation-state.md).
//
// Besides a string, the value may be the undo form made by restoreValue(): the words to put back and the
// whole text as it was, so that taking an edit back also takes back the state it brought.
class TextChange {
    Q_DECLARE_TR_FUNCTIONS(cpc::TextChange)
public:
    static Status apply(BiText& text, const QString& segment, const FieldChange& change, qint64 rev);

    // The undo (or redo) value of a text side: `words` for the side, and `whole` (both sides and their
    // bookkeeping) to put back when the other side still reads as it does in `whole`.
    static QJsonValue restoreValue(const QString& words, const BiText& whole);

    // The text at `path` (without the language segment) in `report`, or null.
    static BiText* find(Report& report, const FieldPath& path);
    static const BiText* find(const Report& report, const FieldPath& path);
};

} // namespace cpc
