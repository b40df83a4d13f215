#pragma once

#include "model/BiText.h"

namespace cpc {

// An agreed term and its counterpart in the other language; identified by its English term.
struct GlossaryEntry {
    BiText term;
    BiText definition;
    bool operator==(const GlossaryEntry&) const = default;
};

} // namespace cpc
