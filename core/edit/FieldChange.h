#pragma once

#include "edit/FieldPath.h"

#include <QJsonValue>
#include <QList>

namespace cpc {

// One edit: set the value at `path`. The value takes the JSON form of that field in cpcreport-json/1
// (a string for a text side, a number or null for a figure, an array of ids for a list of entities).
// On an object path (sections/ID, activities/ID, ...), an object value creates the object (its JSON as
// in cpcreport-json/1) and null removes it. `confirm` set on a text side path (…/LANG) confirms that
// side as a faithful translation without changing its words; `value` is then ignored.
struct FieldChange {
    FieldPath path;
    QJsonValue value;
    bool confirm = false;
};

// A group of edits made, recorded and undone together, as one transaction.
struct ChangeSet {
    QList<FieldChange> changes;
    QString author; // entity id, or the user's name from Preferences
    QString origin; // edit | apply | import | merge | restore | undo | redo | new
};

} // namespace cpc
