#pragma once

#include "model/Report.h"
#include "storage/Database.h"

namespace cpc {

// Reads the whole report held by a .cpcreport file into memory (one query per table, so that a large
// report opens in a few milliseconds).
class StoreReader {
public:
    static Result<Report> load(const Database& db);
};

} // namespace cpc
