#pragma once

#include "edit/FieldChange.h"
#include "model/Report.h"

namespace cpc {

// The change that creates an object as it stands, carrying the object itself (FieldChange::created), for
// a change document and for undoing a removal: the object is created as it is, in its own order, not
// read again from JSON.
class CreationChanges {
public:
    static FieldChange entity(const Entity& entity);
    static FieldChange section(const Section& section);
    // An activity is created within its section.
    static FieldChange activity(const QString& sectionId, const Activity& activity);
    static FieldChange indicator(const Indicator& indicator);
    static FieldChange glossaryEntry(const GlossaryEntry& entry);
};

} // namespace cpc
