#include "storage/Migrations.h"

#include "storage/SchemaV1.h"

#include <array>
#include <vector>

namespace cpc {

namespace {

struct Step {
    int toVersion;
    const char* sql;
};

// Steps after version 1, in order. Append only; bump the array size with each step.
constexpr std::array<Step, 0> kSteps{};

std::vector<Step>& testSteps()
{
    static std::vector<Step> steps;
    return steps;
}

std::vector<Step> allSteps()
{
    std::vector<Step> steps(kSteps.begin(), kSteps.end());
    steps.insert(steps.end(), testSteps().begin(), testSteps().end());
    return steps;
}

} // namespace

int Migrations::latestVersion()
{
    int v = 1;
    for (const Step& s : allSteps()) v = s.toVersion;
    return v;
}

void Migrations::addTestStep(const char* sql) { testSteps().push_back(Step{latestVersion() + 1, sql}); }

void Migrations::removeTestSteps() { testSteps().clear(); }

Status Migrations::createLatest(Database& db)
{
    if (Status s = db.exec(kSchemaV1Sql); !s) return s;
    if (Status s = db.exec("PRAGMA user_version = 1;"); !s) return s;
    return upgrade(db, 1);
}

Status Migrations::upgrade(Database& db, int fromVersion)
{
    for (const Step& s : allSteps()) {
        if (s.toVersion <= fromVersion) continue;
        if (Status r = db.exec(s.sql); !r) return r;
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(s.toVersion) + ';';
        if (Status r = db.exec(pragma.constData()); !r) return r;
    }
    return success();
}

} // namespace cpc
