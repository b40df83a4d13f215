#pragma once

#include "model/Report.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace cpc {

// Reads the whole report held by a .cpcreport file into memory (one query per table, so that a large
// report opens in a few milliseconds).
class StoreReader {
    Q_DECLARE_TR_FUNCTIONS(cpc::StoreReader)
public:
    static Result<Report> load(const Database& db);
};

} // namespace cpc
