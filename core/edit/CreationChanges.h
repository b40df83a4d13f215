#pragma once

#include "edit/FieldChange.h"
#include "model/Report.h"

namespace cpc {

// The changes that create an object as it stands, for a change document and for undoing a removal.
// A value in a change is Qt JSON, whose objects sort their keys: an indicator's breakdown categories
// ("male", then "female") would come back in alphabetical order. So an indicator is created without its
// breakdowns, and each category follows as a change of its own, in the indicator's order.
class CreationChanges {
public:
    static QList<FieldChange> indicator(const Indicator& indicator);
};

} // namespace cpc
