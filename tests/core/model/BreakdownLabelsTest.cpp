#include "model/BreakdownLabels.h"

#include "document/DocumentWords.h"
#include "model/BreakdownUse.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("breakdown labels are bilingual, per dimension and per category within it", "[model][labels]")
{
    BreakdownLabels l;
    l.setDimension(QStringLiteral("sex"), Language::Es, QStringLiteral("Sexo"));
    l.setCategory(QStringLiteral("sex"), QStringLiteral("other"), Language::En, QStringLiteral("Other"));
    l.setCategory(QStringLiteral("nationality"), QStringLiteral("other"), Language::Es,
                  QStringLiteral("Otra"));
    CHECK(l.dimension(QStringLiteral("sex")).es() == QStringLiteral("Sexo"));
    CHECK(l.dimension(QStringLiteral("sex")).en().isEmpty());
    CHECK(l.category(QStringLiteral("sex"), QStringLiteral("other")).en() == QStringLiteral("Other"));
    // The same code reads differently under another dimension.
    CHECK(l.category(QStringLiteral("nationality"), QStringLiteral("other")).es() == QStringLiteral("Otra"));
    CHECK(l.category(QStringLiteral("nationality"), QStringLiteral("other")).en().isEmpty());
    CHECK(l.category(QStringLiteral("age_group"), QStringLiteral("other")).isEmpty());
    CHECK(l.dimensions().size() == 2); // the category created its dimension
    CHECK(l.removeCategory(QStringLiteral("sex"), QStringLiteral("other")));
    CHECK_FALSE(l.removeCategory(QStringLiteral("sex"), QStringLiteral("other")));
}

TEST_CASE("a template's vocabulary fills what a report does not label itself", "[model][labels]")
{
    BreakdownLabels mine, vocabulary;
    mine.setDimension(QStringLiteral("sex"), Language::Es, QStringLiteral("Sexo de la víctima"));
    vocabulary.setDimension(QStringLiteral("sex"), Language::Es, QStringLiteral("Sexo"));
    vocabulary.setCategory(QStringLiteral("sex"), QStringLiteral("female"), Language::Es,
                           QStringLiteral("Femenino"));
    vocabulary.setDimension(QStringLiteral("role"), Language::En, QStringLiteral("Role"));
    mine.addMissing(vocabulary);
    CHECK(mine.dimension(QStringLiteral("sex")).es() == QStringLiteral("Sexo de la víctima"));
    CHECK(mine.category(QStringLiteral("sex"), QStringLiteral("female")).es() == QStringLiteral("Femenino"));
    CHECK(mine.dimension(QStringLiteral("role")).en() == QStringLiteral("Role"));
}

TEST_CASE("the printed words of a breakdown are its labels, and never a code with underscores",
          "[model][labels]")
{
    BreakdownLabels l;
    l.setDimension(QStringLiteral("nationality"), Language::En, QStringLiteral("Nationality"));
    l.setDimension(QStringLiteral("nationality"), Language::Es, QStringLiteral("Nacionalidad"));
    l.setCategory(QStringLiteral("nationality"), QStringLiteral("colombian"), Language::Es,
                  QStringLiteral("Colombiana"));
    const DocumentWords es(Language::Es), en(Language::En), both(std::nullopt);
    CHECK(es.dimension(l, QStringLiteral("nationality")) == QStringLiteral("Nacionalidad"));
    CHECK(es.category(l, QStringLiteral("nationality"), QStringLiteral("colombian")) ==
          QStringLiteral("Colombiana"));
    // A missing side shows the other side rather than the code.
    CHECK(en.category(l, QStringLiteral("nationality"), QStringLiteral("colombian")) ==
          QStringLiteral("Colombiana"));
    CHECK(both.dimension(l, QStringLiteral("nationality")) == QStringLiteral("Nationality / Nacionalidad"));
    // No label at all: the code read as words.
    CHECK(es.dimension(l, QStringLiteral("age_group")) == QStringLiteral("Age group"));
    CHECK(en.category(l, QStringLiteral("age_group"), QStringLiteral("15-17")) == QStringLiteral("15 17"));
    CHECK(BreakdownLabels::readable(QStringLiteral("victim__type_")) == QStringLiteral("Victim type"));
}

TEST_CASE("which indicators use a breakdown code", "[model][labels]")
{
    const Report r = test::smallReport();
    CHECK(BreakdownUse::indicators(r, QStringLiteral("sex")) == QStringList{QStringLiteral("2.1")});
    CHECK(BreakdownUse::indicators(r, QStringLiteral("sex"), QStringLiteral("male")) ==
          QStringList{QStringLiteral("2.1")});
    CHECK(BreakdownUse::indicators(r, QStringLiteral("sex"), QStringLiteral("intersex")).isEmpty());
    const auto all = BreakdownUse::all(r);
    REQUIRE(all.size() == 1);
    CHECK(all[0].categories == QStringList{QStringLiteral("female"), QStringLiteral("male")});
}

TEST_CASE("a name typed in the window becomes a plain code", "[model][labels]")
{
    CHECK(BreakdownLabels::codeFor(QStringLiteral("Grupo étnico")) == QStringLiteral("grupo_etnico"));
    CHECK(BreakdownLabels::codeFor(QStringLiteral("  Niñas y niños (0–11) ")) ==
          QStringLiteral("ninas_y_ninos_0_11"));
    CHECK(BreakdownLabels::codeFor(QStringLiteral("¿?")).isEmpty());
}
