#pragma once

#include "edit/FieldChange.h"
#include "model/BiText.h"
#include "util/Result.h"

namespace cpc {

// The one way a text side changes: `segment` is "en" or "es"; the change writes or confirms that side.
class TextChange {
public:
    static Status apply(BiText& text, const QString& segment, const FieldChange& change, qint64 rev);
};

} // namespace cpc
