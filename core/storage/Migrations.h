#pragma once

#include "storage/Database.h"

namespace cpc {

// The schema of .cpcreport files and how each older version becomes the current one. Version 1 is the
// first; every later version is one more step in Migrations.cpp, never an edit of an earlier one, and
// each has a fixture file in tests/fixtures/schema/ that the tests upgrade.
class Migrations {
public:
    static int latestVersion();
    // Creates the current schema in an empty database (version 1 plus every step, so that a new file and
    // an upgraded one are the same).
    static Status createLatest(Database& db);
    // Upgrades a database at `fromVersion` to the latest, inside the caller's transaction.
    static Status upgrade(Database& db, int fromVersion);

    // For the tests of the upgrade path while version 1 is the only one: appends a step to version
    // latestVersion() + 1 running `sql` (kept by the caller), until removeTestSteps().
    static void addTestStep(const char* sql);
    static void removeTestSteps();
};

} // namespace cpc
