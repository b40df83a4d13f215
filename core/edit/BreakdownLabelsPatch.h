#pragma once

#include "edit/FieldChange.h"

#include "json/OrderedJson.h"

namespace cpc {

class JsonFieldReader;

// A change document's `breakdown_labels` (docs/report-json-extensions.md) as changes: entries matched by
// their codes; a label side present is set (null clears it); "remove": true removes an entry.
class BreakdownLabelsPatch {
public:
    static bool read(const OrderedJson& v, const QString& path, JsonFieldReader& f, QList<FieldChange>& out);
};

} // namespace cpc
