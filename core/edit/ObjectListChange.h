#pragma once

#include "edit/FieldChange.h"
#include "edit/TouchedObjects.h"
#include "model/Report.h"
#include "util/Result.h"

namespace cpc {

// Creates, removes and reorders the objects of a report's lists — entities, sections, activities,
// indicators, glossary entries — so that ids stay unique, no reference dangles, approved parts stay as and
// where they are, and comments go with what they were on. On an object path an object value creates, null
// removes. Records what it touched; a created object's siblings too, as their positions are written again.
// Messages keep ChangeApplier's translation context (see ReportInfoChange).
class ObjectListChange {
public:
    ObjectListChange(Report& report, TouchedObjects& touched) : m_r(report), m_t(touched) {}

    Status entity(const FieldChange& c);                     // entities/ID
    Status section(const FieldChange& c);                    // sections/ID
    Status activity(Section& section, const FieldChange& c); // sections/ID/activities/ID
    Status indicator(const FieldChange& c);                  // indicators/ID
    Status glossaryEntry(const FieldChange& c);              // glossary/TERM
    Status indicatorOrder(const FieldChange& c);             // indicator_order
    Status sectionOrder(const FieldChange& c);               // section_order

private:
    // Appends the object a creation brings — `read` from its JSON unless the change carries it — once `check`
    // accepts its references, its path names it and the list has room.
    template <typename T, typename Read, typename Check>
    static Status create(QList<T>& list, const FieldChange& c, Read read, Check check,
                         const QString& misplaced);
    // A removal takes the comments on the object with it.
    template <typename T> Status remove(QList<T>& list, const QString& id, const QString& kind);
    void removeCommentsOn(const QString& kind, const QString& id);

    Report& m_r;
    TouchedObjects& m_t;
};

} // namespace cpc
