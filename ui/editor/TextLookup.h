#pragma once

#include "model/FieldPath.h"
#include "model/Report.h"

#include <optional>

namespace cpc {

// The bilingual text at a path without its language segment (sections/ID/body, activities/ID/title...).
class TextLookup {
public:
    static std::optional<BiText> find(const Report& report, const FieldPath& path);
};

} // namespace cpc
