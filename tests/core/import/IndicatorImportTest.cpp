#include "import/IndicatorImport.h"

#include "XlsxTestWriter.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {

ImportPlan importBytes(const Report& r, const QByteArray& bytes, const QString& name,
                       std::optional<int> year = {})
{
    return IndicatorImport::fromBytes(r, bytes, name,
                                      IndicatorImport::Options{year, QString(), QStringLiteral("tester")});
}

// Applies a plan to a copy of the report the way ReportDocument does, in memory.
Report applied(const Report& r, const ImportPlan& p, test::TempDir& dir)
{
    auto doc = ReportDocument::create(dir.path("r.cpcreport"), r, {});
    INFO((doc ? QString() : doc.error().toString()).toStdString());
    REQUIRE(doc);
    const Status s = doc.value()->apply(p.changes);
    INFO((s ? QString() : s.error().toString()).toStdString());
    REQUIRE(s.ok());
    return doc.value()->report();
}

QStringList places(const ImportPlan& p)
{
    QStringList out;
    for (const Error& e : p.errors)
        out.append(e.where);
    return out;
}

} // namespace

TEST_CASE("a CSV as Spanish Excel writes it imports exactly its values")
{
    // Windows-1252 ("Año", "Categoría", "ñ"), semicolons, decimal comma, thousands points, CRLF, columns in
    // another order, a quoted note with a line break and an ignored column.
    const QByteArray csv = "Logro;Indicador;A\xF1o;Meta;Observaci\xF3n;Dimensi\xF3n;Categor\xED"
                           "a\r\n"
                           "170;2.1;1;150;\"Ajuste por\r\nregistro tard\xEDo\";;\r\n"
                           "47,5;2.2;1;60;;;\r\n"
                           ";1.1;2;1.800;;;\r\n"
                           "125;2.1;1;;;sex;female\r\n"
                           "45;2.1;1;;;sex;male\r\n"
                           "3;2.1;1;;;trafficking_type;ni\xF1"
                           "as en mendicidad\r\n";
    const Report before = test::sampleReport();
    const ImportPlan p = importBytes(before, csv, QStringLiteral("datos.csv"));
    INFO(places(p).join(QLatin1Char(' ')).toStdString());
    REQUIRE(p.ok());
    CHECK(p.ignoredColumns == QStringList{QString::fromUtf8("Observación")});
    CHECK(p.format.contains(QStringLiteral("Windows-1252")));
    CHECK(p.rows == 6);

    test::TempDir dir;
    const Report after = applied(before, p, dir);
    const Indicator* v = after.indicator(QStringLiteral("2.1"));
    REQUIRE(v);
    CHECK(v->actuals.value(1) == 170.0);
    CHECK(v->targets.value(1) == 150.0);
    CHECK(after.indicator(QStringLiteral("2.2"))->actuals.value(1) == 47.5);
    CHECK(after.indicator(QStringLiteral("1.1"))->targets.value(2) == 1800.0);
    const auto& dims = v->disaggregation.value(1);
    const auto value = [&](const QString& dim, const QString& cat) -> std::optional<double> {
        for (const auto& d : dims)
            if (d.dimension == dim)
                for (const auto& c : d.categories)
                    if (c.name == cat) return c.value;
        return std::nullopt;
    };
    CHECK(value(QStringLiteral("sex"), QStringLiteral("female")) == 125.0);
    CHECK(value(QStringLiteral("sex"), QStringLiteral("male")) == 45.0);
    CHECK(value(QStringLiteral("trafficking_type"), QString::fromUtf8("niñas en mendicidad")) == 3.0);

    // The preview says what changes from what; 2.1's target 150 and 2.2's actual 47.5 were already there.
    CHECK(p.unchanged == 2);
    bool sawActual = false;
    for (const ImportPreviewItem& i : p.preview)
        if (i.indicator == QStringLiteral("2.1") && i.what == QStringLiteral("actual")) {
            sawActual = true;
            CHECK(i.before == 163.0);
            CHECK(i.after == 170.0);
            CHECK(i.place == QStringLiteral("datos.csv, line 2"));
        }
    CHECK(sawActual);
}

TEST_CASE("UTF-8 with BOM, commas and decimal points import the same values, --year fills the year")
{
    const QByteArray csv = "\xEF\xBB\xBFindicator,actual,target,notes\n"
                           "2.2,\"47.5\",60,\"a, b\"\n"
                           "1.1,\"1,312\",\"1,800\",\n";
    const Report before = test::sampleReport();
    const ImportPlan p = importBytes(before, csv, QStringLiteral("d.csv"), 1);
    REQUIRE(p.ok());
    test::TempDir dir;
    const Report after = applied(before, p, dir);
    CHECK(after.indicator(QStringLiteral("2.2"))->actuals.value(1) == 47.5);
    CHECK(after.indicator(QStringLiteral("1.1"))->actuals.value(1) == 1312.0);
    CHECK(after.indicator(QStringLiteral("1.1"))->targets.value(1) == 1800.0);
}

TEST_CASE("real XLSX files import exactly their values")
{
    const Report before = test::sampleReport();
    SECTION("written by libxlsxwriter, numbers and text cells")
    {
        test::TempDir dir;
        REQUIRE(test::writeXlsx(dir.path("d.xlsx"),
                                {{QStringLiteral("Hoja1"),
                                  {{QStringLiteral("INDICADOR"), QStringLiteral("ano"),
                                    QStringLiteral("Meta"), QStringLiteral("Resultado")},
                                   {QStringLiteral("2.1"), 2, 180.0, 201.0},
                                   {QStringLiteral("2.2"), 2, QVariant(), QStringLiteral("52,25")}}}}));
        const ImportPlan p = IndicatorImport::fromFile(before, dir.path("d.xlsx"), {});
        INFO(places(p).join(QLatin1Char(' ')).toStdString());
        REQUIRE(p.ok());
        const Report after = applied(before, p, dir);
        CHECK(after.indicator(QStringLiteral("2.1"))->actuals.value(2) == 201.0);
        CHECK(after.indicator(QStringLiteral("2.1"))->targets.value(2) == 180.0);
        CHECK(after.indicator(QStringLiteral("2.2"))->actuals.value(2) == 52.25);
    }
    SECTION("written by openpyxl, a named sheet")
    {
        const ImportPlan p = IndicatorImport::fromFile(
            before, test::fixturePath(QStringLiteral("indicators/datos-openpyxl.xlsx")),
            IndicatorImport::Options{std::nullopt, QStringLiteral("Datos"), QString()});
        INFO(places(p).join(QLatin1Char(' ')).toStdString());
        REQUIRE(p.ok());
        CHECK(p.ignoredColumns == QStringList{QStringLiteral("Observaciones")});
        test::TempDir dir;
        const Report after = applied(before, p, dir);
        const Indicator* v = after.indicator(QStringLiteral("2.1"));
        CHECK(v->actuals.value(1) == 163.0);
        CHECK(v->disaggregation.value(1).first().categories.first().value == 121.0);
        CHECK(after.indicator(QStringLiteral("2.2"))->actuals.value(1) == 47.5);
        CHECK(after.indicator(QStringLiteral("3.1"))->actuals.value(2) == 1234.0);
        CHECK(after.indicator(QStringLiteral("3.1"))->targets.value(2) == 40.0);
    }
}

TEST_CASE("bad files are refused with every bad row, line and column named, and no change")
{
    const Report before = test::sampleReport();
    const auto refused = [&](const QByteArray& bytes, const QString& name, std::optional<int> year = {}) {
        const ImportPlan p = importBytes(before, bytes, name, year);
        CHECK_FALSE(p.ok());
        CHECK(p.changes.changes.isEmpty());
        CHECK(p.preview.isEmpty());
        return p;
    };
    SECTION("unknown indicator")
    {
        const auto p =
            refused("Indicador;A\xC3\xB1o;Logro\r\n2.1;1;5\r\n9.9;1;3\r\n", QStringLiteral("b.csv"));
        CHECK(places(p) == QStringList{QString::fromUtf8("b.csv, line 3, column “Indicador”")});
        CHECK(p.errors.first().message.contains(QStringLiteral("9.9")));
        // Errors found while reading and while checking against the report come in row order.
        const auto q = refused("indicator,year,actual\n9.9,1,3\n2.1,x,3\n", QStringLiteral("o.csv"));
        CHECK(places(q) == QStringList{QString::fromUtf8("o.csv, line 2, column “indicator”"),
                                       QString::fromUtf8("o.csv, line 3, column “year”")});
    }
    SECTION("text where a number goes, in two rows: both are listed")
    {
        const auto p = refused("Indicador;A\xC3\xB1o;Meta;Logro\r\n2.1;1;n/d;5\r\n3.1;1;4;cinco\r\n",
                               QStringLiteral("b.csv"));
        CHECK(places(p) == QStringList{QString::fromUtf8("b.csv, line 2, column “Meta”"),
                                       QString::fromUtf8("b.csv, line 3, column “Logro”")});
    }
    SECTION("a year out of range")
    {
        const auto p =
            refused("indicator,year,actual\n2.1,2023,5\n2.1,0,5\n2.1,1.5,4\n", QStringLiteral("b.csv"));
        CHECK(places(p) == QStringList{QString::fromUtf8("b.csv, line 2, column “year”"),
                                       QString::fromUtf8("b.csv, line 3, column “year”"),
                                       QString::fromUtf8("b.csv, line 4, column “year”")});
    }
    SECTION("duplicated rows")
    {
        const auto p = refused("indicator,year,actual\n2.1,1,5\n2.1,1,5\n", QStringLiteral("b.csv"));
        CHECK(places(p) == QStringList{QString::fromUtf8("b.csv, line 3, column “indicator”")});
        CHECK(p.errors.first().message.contains(QStringLiteral("b.csv, line 2")));
        const auto q =
            refused("indicator,year,actual,dimension,category\n2.1,1,5,sex,female\n2.1,1,6,sex,female\n",
                    QStringLiteral("c.csv"));
        CHECK(places(q) == QStringList{QString::fromUtf8("c.csv, line 3, column “indicator”")});
    }
    SECTION("an empty file")
    {
        CHECK(places(refused(QByteArray(), QStringLiteral("e.csv"))) == QStringList{QStringLiteral("e.csv")});
        CHECK(places(refused("\xEF\xBB\xBF\r\n", QStringLiteral("e.csv"))) ==
              QStringList{QStringLiteral("e.csv")});
    }
    SECTION("a binary file")
    {
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        const auto p = refused(png, QStringLiteral("x.csv"));
        CHECK(places(p) == QStringList{QStringLiteral("x.csv, line 2")});
        const auto z = refused(QByteArray("PK\x03\x04\x14\0\0\0", 8), QStringLiteral("x.xlsx"));
        CHECK(places(z) == QStringList{QStringLiteral("x.xlsx")});
    }
    SECTION("no year column and no --year; no indicator column")
    {
        CHECK(refused("indicator,actual\n2.1,5\n", QStringLiteral("b.csv")).errors.first().where ==
              QStringLiteral("b.csv, line 1"));
        CHECK(refused("name;value\nx;5\n", QStringLiteral("b.csv")).errors.first().where ==
              QStringLiteral("b.csv, line 1"));
    }
    SECTION("a bad cell of an XLSX is named by sheet and cell")
    {
        test::TempDir dir;
        REQUIRE(test::writeXlsx(dir.path("b.xlsx"), {{QStringLiteral("Datos"),
                                                      {{QStringLiteral("Indicador"), QString::fromUtf8("Año"),
                                                        QStringLiteral("Logro")},
                                                       {QStringLiteral("2.1"), 1, 5.0},
                                                       {QStringLiteral("2.1"), 1, QStringLiteral("cinco")},
                                                       {QStringLiteral("7.7"), 60, 1.0}}}}));
        const ImportPlan p = IndicatorImport::fromFile(before, dir.path("b.xlsx"), {});
        CHECK(places(p) ==
              QStringList{dir.path("b.xlsx") + QString::fromUtf8(", sheet “Datos”, cell C3 (column “Logro”)"),
                          dir.path("b.xlsx") + QString::fromUtf8(", sheet “Datos”, cell B4 (column “Año”)")});
    }
}

TEST_CASE("a file with only a header, or only empty values, changes nothing and is not an error")
{
    const Report before = test::sampleReport();
    const ImportPlan p =
        importBytes(before, "Indicador;A\xC3\xB1o;Logro\r\n2.1;3;\r\n", QStringLiteral("h.csv"));
    CHECK(p.ok());
    CHECK(p.changes.changes.isEmpty());
    CHECK(p.emptyRows == 1);
}

TEST_CASE("applying an import is one transaction: one history group, the report unchanged on refusal")
{
    test::TempDir dir;
    const Report before = test::sampleReport();
    auto doc = ReportDocument::create(dir.path("r.cpcreport"), before, {});
    REQUIRE(doc);
    ReportDocument& d = *doc.value();
    const ImportPlan bad =
        importBytes(d.report(), "indicator,year,actual\n2.1,1,999\n9.9,1,1\n", QStringLiteral("b.csv"));
    REQUIRE_FALSE(bad.ok());
    CHECK(d.apply(bad.changes).ok()); // nothing to apply
    CHECK(d.report() == before);

    const ImportPlan good = importBytes(
        d.report(), "indicator,year,target,actual\n2.1,1,155,170\n3.1,1,,12\n", QStringLiteral("g.csv"));
    REQUIRE(good.ok());
    const qint64 rev = d.revision();
    REQUIRE(d.apply(good.changes).ok());
    const auto history = d.history();
    QSet<qint64> groups;
    for (const HistoryEntry& h : history)
        if (h.id > rev) {
            groups.insert(h.group);
            CHECK(h.origin == ChangeOrigin::Import);
            CHECK(h.author == QStringLiteral("tester"));
        }
    CHECK(groups.size() == 1);
    CHECK(d.report().indicator(QStringLiteral("3.1"))->actuals.value(1) == 12.0);
}

TEST_CASE("the error list is capped and says how many more there were")
{
    const Report before = test::sampleReport();
    QByteArray csv = "indicator,year,actual\n";
    for (int i = 0; i < 5000; ++i)
        csv += (i % 2 ? "2.1,1,x\n" : "9.9,1,3\n");
    const ImportPlan p = importBytes(before, csv, QStringLiteral("b.csv"));
    REQUIRE(p.errors.size() == IndicatorRows::kMaxErrors);
    CHECK(p.moreErrors == 5000 - IndicatorRows::kMaxErrors);
    CHECK(p.errorCount() == 5000);
    // The first hundred in file order, reading and report errors mixed.
    CHECK(p.errors[0].where == QString::fromUtf8("b.csv, line 2, column “indicator”"));
    CHECK(p.errors[1].where == QString::fromUtf8("b.csv, line 3, column “actual”"));
    CHECK(p.errors.last().where == QString::fromUtf8("b.csv, line 101, column “actual”"));
    CHECK(p.changes.changes.isEmpty());
}

TEST_CASE("values the indicator cannot hold and rows of the wrong shape are refused with their place")
{
    const Report before = test::sampleReport();
    const auto where = [&](const QByteArray& csv, std::optional<int> year = {}) {
        const ImportPlan p = importBytes(before, csv, QStringLiteral("v.csv"), year);
        CHECK(p.changes.changes.isEmpty() == !p.ok());
        QStringList out;
        for (const Error& e : p.errors)
            out << e.toString();
        return out;
    };
    CHECK(where("indicator,year,actual\n2.1,1,-5\n") ==
          QStringList{
              QString::fromUtf8("v.csv, line 2, column “actual”: -5 is negative: indicator 2.1 counts, and a "
                                "count cannot be below 0")});
    CHECK(where("indicator,year,target\n2.1,1,7.5\n").first().contains(QStringLiteral("not a whole number")));
    CHECK(where("indicator;year;actual;dimension;category\n2.1;1;-1;sex;female\n")
              .first()
              .contains(QStringLiteral("negative")));
    CHECK(where("indicator,year,actual\n2.1,11,5\n")
              .first()
              .contains(QStringLiteral("year 11 is outside the partnership")));
    CHECK(where("indicator,actual\n2.1,5\n", 42)
              .first()
              .startsWith(QStringLiteral("v.csv: year 42 is outside")));
    CHECK(where("indicator,year,actual,notes\n2.1,1\n") ==
          QStringList{QStringLiteral(
              "v.csv, line 2: this row has 2 cells where the header has 4 columns: a separator "
              "(,) is missing or one too many (a decimal comma in a comma-separated file?)")});
    CHECK(where("indicator,year,actual\n2.1,1,12,5\n")
              .first()
              .contains(QStringLiteral("this row has 4 cells")));
    // Trailing empty cells are not text beyond the header, and a year of 10 is within the extension.
    CHECK(where("indicator,year,actual\n2.1,10,5,,\n").isEmpty());
}
