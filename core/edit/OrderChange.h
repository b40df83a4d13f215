#pragma once

#include "edit/FieldChange.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace cpc {

// The order of a list of parts, as a field of its own: `sections/ID/activity_order` (the activities of a
// section), `indicator_order` (all indicators) and `section_order` (the sections), each an array of the ids
// in their new order. The value must name every id of the list once, so a reorder can neither lose nor invent
// a part.
class OrderChange {
    Q_DECLARE_TR_FUNCTIONS(cpc::OrderChange)
public:
    // Puts `list` in the order `c.value` gives; `idOf` reads an element's id.
    template <typename T, typename IdOf> static Status apply(QList<T>& list, const FieldChange& c, IdOf idOf)
    {
        QStringList current;
        for (const T& x : list)
            current << idOf(x);
        Result<QStringList> wanted = permutation(c, current);
        if (!wanted) return wanted.error();
        QList<T> next;
        for (const QString& id : wanted.value())
            next << list.at(current.indexOf(id));
        list = next;
        return success();
    }
    // An approved part is locked in place too: the others may move around it, not past it. The id of an
    // approved part of `before` that is elsewhere in `after`, or empty.
    template <typename T> static QString movedApproved(const QList<T>& before, const QList<T>& after)
    {
        for (qsizetype k = 0; k < before.size(); ++k)
            if (before[k].review.isApproved() && after[k].id != before[k].id) return before[k].id;
        return QString();
    }
    // The ids of a list in order, as the value of its order field.
    static QJsonValue value(const QStringList& ids);

private:
    static Result<QStringList> permutation(const FieldChange& c, const QStringList& current);
};

} // namespace cpc
