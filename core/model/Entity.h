#pragma once

#include "model/BiText.h"

namespace cpc {

// A government body, implementing partner or other organisation that takes part in the report.
struct Entity {
    QString id;
    QString kind; // government | implementing_partner | other
    BiText acronym;
    BiText name;

    bool operator==(const Entity&) const = default;
};

} // namespace cpc
