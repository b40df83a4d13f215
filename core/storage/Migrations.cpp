#include "storage/Migrations.h"

#include "storage/SchemaV1.h"

#include <array>

namespace cpc {

namespace {

struct Step {
    int toVersion;
    const char* sql;
};

// Steps after version 1, in order. Append only; bump the array size with each step.
constexpr std::array<Step, 0> kSteps{};

} // namespace

int Migrations::latestVersion()
{
    int v = 1;
    for (const Step& s : kSteps) v = s.toVersion;
    return v;
}

Status Migrations::createLatest(Database& db)
{
    if (Status s = db.exec(kSchemaV1Sql); !s) return s;
    if (Status s = db.exec("PRAGMA user_version = 1;"); !s) return s;
    return upgrade(db, 1);
}

Status Migrations::upgrade(Database& db, int fromVersion)
{
    for (const Step& s : kSteps) {
        if (s.toVersion <= fromVersion) continue;
        if (Status r = db.exec(s.sql); !r) return r;
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(s.toVersion) + ';';
        if (Status r = db.exec(pragma.constData()); !r) return r;
    }
    return success();
}

} // namespace cpc
