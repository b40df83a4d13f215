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
    // Appends the object a creation brings — `read` from its JSON unless the change carries it — unless the
    // list has one of its id (`already`), once it fits the report, its path names it (else `misplaced`) and
    // the list has room. `siblings`, when given, records the objects already in the list as touched: their
    // positions are written again.
    template <typename T, typename Read>
    Status create(QList<T>& list, const FieldChange& c, Read read, const QString& already,
                  const QString& misplaced, QSet<QString>* siblings = nullptr);
    // Removes the object the path names from `list` with the comments on it (on a section's activities too).
    // `absent` says it is not there; `locked`, when given, that it is approved.
    template <typename T>
    Status remove(QList<T>& list, const FieldChange& c, const QString& kind, const QString& absent,
                  const QString& locked = {});
    void removeCommentsOn(const QString& kind, const QString& id);

    Report& m_r;
    TouchedObjects& m_t;
};

} // namespace cpc
