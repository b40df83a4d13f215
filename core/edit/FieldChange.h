#pragma once

#include "model/ChangeOrigin.h"
#include "model/FieldPath.h"
#include "model/Report.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <memory>
#include <utility>
#include <variant>

namespace cpc {

// One edit: set the value at `path`. The value takes the JSON form of that field in cpcreport-json/1
// (a string for a text side, a number or null for a figure, an array of ids for a list of entities).
// On an object path (sections/ID, activities/ID, ...), an object value creates the object (its JSON as
// in cpcreport-json/1) and null removes it. `confirm` set on a text side path (…/LANG) confirms that
// side as a faithful translation without changing its words; `value` is then ignored.
//
// A change that creates an object may carry the object itself, already read (`created`; see
// CreationChanges): a change document reads each new object once, with the reader that keeps the
// author's order, and the object is created as read. Qt JSON would sort its keys (an indicator's
// breakdown categories "male", "female" would come back as female, male). `value` then holds the
// object's JSON only for the record.
using NewObject = std::variant<Entity, Section, Activity, Indicator, GlossaryEntry>;

struct FieldChange {
    FieldPath path;
    QJsonValue value;
    bool confirm = false;
    std::shared_ptr<const NewObject> created = {};

    // Null (or no value): on an object path the change removes the object, on a field it clears it.
    bool removes() const { return value.isNull() || value.isUndefined(); }
    // A problem with this change, placed at its path.
    Error fail(const QString& message) const { return Error{message, path.toString()}; }
    Error fail(const Error& e) const { return fail(e.message); }
    // Sets `target` to a value ValueReader read from this change, or fails with the reader's message.
    template <typename T> Status assign(T& target, Result<T> read) const
    {
        if (!read) return fail(read.error());
        target = read.take();
        return success();
    }
};

// A group of edits made, recorded and undone together, as one transaction.
struct ChangeSet {
    // A constructor rather than an aggregate, so that `authors` may be left out where nobody else wrote.
    ChangeSet(QList<FieldChange> changes_ = {}, QString author_ = {},
              ChangeOrigin origin_ = ChangeOrigin::Edit)
        : changes(std::move(changes_)), author(std::move(author_)), origin(origin_)
    {
    }

    QList<FieldChange> changes;
    QString author; // who made them: "Ana Pérez (MOI)" (Identity::author), or an entity id
    ChangeOrigin origin;
    // Changes made by someone else than `author`, by path (FieldPath::toString()): a merge records each
    // field as written by the partner who changed it in their copy.
    QHash<QString, QString> authors;
};

} // namespace cpc
