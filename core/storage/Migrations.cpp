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

// Version 2: labels for breakdown codes (model/BreakdownLabels). Category '' holds the dimension's own
// label. Version 1 printed breakdowns through a fixed table of words built into the program; the upgrade
// writes that table's words for the codes the file uses, so that an old report prints as it did.
constexpr const char* kBreakdownLabelsSql = R"sql(
CREATE TABLE breakdown_label (
    pos INTEGER PRIMARY KEY,
    dimension TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    label_en TEXT NOT NULL DEFAULT '',
    label_es TEXT NOT NULL DEFAULT '',
    UNIQUE (dimension, category)
);
WITH dims(rank, code, en, es) AS (VALUES
        (1, 'sex', 'Sex', 'Sexo'), (2, 'age_group', 'Age group', 'Grupo de edad'),
        (3, 'trafficking_type', 'Form of trafficking', 'Forma de trata'), (4, 'nationality', 'Nationality', 'Nacionalidad'),
        (5, 'ethnicity', 'Ethnicity', 'Pertenencia étnica'), (6, 'department', 'Department', 'Departamento'),
        (7, 'role', 'Role', 'Cargo')),
    cats(rank, code, en, es) AS (VALUES
        (1, 'female', 'Female', 'Femenino'), (2, 'male', 'Male', 'Masculino'), (3, 'prosecutors', 'Prosecutors', 'Fiscales'),
        (4, 'judges', 'Judges', 'Jueces'), (5, 'investigators', 'Investigators', 'Investigadores'),
        (6, 'tourism', 'Tourism', 'Turismo'), (7, 'online', 'Online', 'En línea'), (8, 'begging', 'Begging', 'Mendicidad'),
        (9, 'recruitment', 'Recruitment', 'Reclutamiento')),
    used AS (SELECT DISTINCT dimension, category FROM indicator_disaggregation),
    rows(dim_rank, dimension, cat_rank, category, en, es) AS (
        SELECT d.rank, d.code, 0, '', d.en, d.es FROM dims d WHERE d.code IN (SELECT dimension FROM used)
        UNION ALL
        SELECT COALESCE((SELECT rank FROM dims WHERE code = u.dimension), 100), u.dimension, c.rank, c.code, c.en, c.es
        FROM used u JOIN cats c ON c.code = u.category)
INSERT INTO breakdown_label(dimension, category, label_en, label_es)
    SELECT dimension, category, en, es FROM rows ORDER BY dim_rank, dimension, cat_rank;
)sql";

// Steps after version 1, in order. Append only; bump the array size with each step.
constexpr std::array<Step, 1> kSteps{{{2, kBreakdownLabelsSql}}};

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
    for (const Step& s : allSteps())
        v = s.toVersion;
    return v;
}

void Migrations::addTestStep(const char* sql)
{
    testSteps().push_back(Step{latestVersion() + 1, sql});
}

void Migrations::removeTestSteps()
{
    testSteps().clear();
}

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
