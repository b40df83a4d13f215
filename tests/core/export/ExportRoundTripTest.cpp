#include "export/CsvWriter.h"
#include "export/IndicatorTable.h"
#include "export/SpreadsheetCell.h"
#include "export/SuppressionPlan.h"
#include "export/XlsxWriter.h"
#include "import/IndicatorImport.h"
#include "import/XlsxReader.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <zip.h>

using namespace cpc;

namespace {

// The sample report with figures that test the number formats: decimals, large values, a category
// name with accents and the CSV separators in it.
Report richReport()
{
    Report r = test::sampleReport();
    Indicator* v = r.indicator(QStringLiteral("2.1"));
    v->unit = Unit::CurrencyCop; // decimals: a count is whole and would be refused on import
    v->actuals[2] = 1234567.25;
    v->targets[2] = 0.5;
    v->disaggregation[2].append(
        Disaggregation{QString::fromUtf8("región; zona"),
                       {{QString::fromUtf8("Bogotá, D.C."), 1234560.25}, {QStringLiteral("\"otra\""), 7}}});
    r.indicator(QStringLiteral("2.2"))->actuals[1] = 47.125;
    return r;
}

// The same report with every figure gone, for the import to fill back in.
Report emptied(Report r)
{
    for (Indicator& i : r.indicators) {
        i.targets.clear();
        i.actuals.clear();
        i.disaggregation.clear();
    }
    return r;
}

// Present figures only: the import cannot tell "not reported" (null) from absent, and need not.
struct Figures {
    QMap<int, double> targets, actuals;
    QMap<int, QList<Disaggregation>> breakdowns;
    bool operator==(const Figures&) const = default;
};
QMap<QString, Figures> figures(const Report& r)
{
    QMap<QString, Figures> out;
    for (const Indicator& i : r.indicators) {
        Figures f;
        for (auto it = i.targets.cbegin(); it != i.targets.cend(); ++it)
            if (it.value()) f.targets.insert(it.key(), *it.value());
        for (auto it = i.actuals.cbegin(); it != i.actuals.cend(); ++it)
            if (it.value()) f.actuals.insert(it.key(), *it.value());
        f.breakdowns = i.disaggregation;
        out.insert(i.id, f);
    }
    return out;
}

Report importInto(const Report& blank, const QList<QPair<QString, QString>>& filesAndSheets,
                  test::TempDir& dir)
{
    auto doc = ReportDocument::create(dir.path("target.cpcreport"), blank, {});
    REQUIRE(doc);
    for (const auto& [file, sheet] : filesAndSheets) {
        const ImportPlan p = IndicatorImport::fromFile(
            doc.value()->report(), file, IndicatorImport::Options{std::nullopt, sheet, QStringLiteral("t")});
        for (const Error& e : p.errors)
            UNSCOPED_INFO(e.toString().toStdString());
        REQUIRE(p.ok());
        REQUIRE(doc.value()->apply(p.changes).ok());
    }
    return doc.value()->report();
}

} // namespace

TEST_CASE("an unmasked CSV export imports back to the same values, in either language")
{
    const Report original = richReport();
    for (Language l : {Language::Es, Language::En}) {
        test::TempDir dir;
        const IndicatorTable t = IndicatorTable::build(original, l, SuppressionPlan());
        CHECK(t.note.isEmpty());
        REQUIRE(CsvWriter::write(dir.path("out.csv"), t.combined(), l, t.note).ok());
        const QByteArray bytes = test::readFile(dir.path("out.csv"));
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.contains(l == Language::Es ? "indicador;año;dimensión;categoría"
                                               : "indicator,year,dimension,category"));
        CHECK(bytes.contains(l == Language::Es ? "1234567,25" : "1234567.25"));
        const Report back = importInto(emptied(original), {{dir.path("out.csv"), QString()}}, dir);
        CHECK(figures(back) == figures(original));
    }
}

TEST_CASE("an unmasked XLSX export imports back to the same values, sheet by sheet")
{
    const Report original = richReport();
    test::TempDir dir;
    const IndicatorTable t = IndicatorTable::build(original, Language::Es, SuppressionPlan());
    REQUIRE(XlsxWriter::write(dir.path("out.xlsx"), t).ok());
    CHECK_FALSE(QFile::exists(dir.path("out.xlsx.part")));
    const Report back = importInto(
        emptied(original),
        {{dir.path("out.xlsx"), QString()}, {dir.path("out.xlsx"), QStringLiteral("Desagregaciones")}}, dir);
    CHECK(figures(back) == figures(original));
}

TEST_CASE("the XLSX export has a frozen header row, number formats and a breakdown sheet")
{
    const Report original = richReport();
    test::TempDir dir;
    REQUIRE(XlsxWriter::write(dir.path("o.xlsx"),
                              IndicatorTable::build(original, Language::En, SuppressionPlan(original)))
                .ok());
    const QByteArray bytes = test::readFile(dir.path("o.xlsx"));
    int err = 0;
    zip_t* z = zip_open(dir.path("o.xlsx").toUtf8().constData(), ZIP_RDONLY, &err);
    REQUIRE(z);
    const auto part = [&](const char* name) {
        QByteArray out;
        zip_file_t* f = zip_fopen(z, name, 0);
        REQUIRE(f);
        char buf[4096];
        for (zip_int64_t n; (n = zip_fread(f, buf, sizeof buf)) > 0;)
            out.append(buf, qsizetype(n));
        zip_fclose(f);
        return out;
    };
    const QByteArray sheet1 = part("xl/worksheets/sheet1.xml");
    CHECK(sheet1.contains("ySplit=\"1\""));
    CHECK(sheet1.contains("state=\"frozen\""));
    const QByteArray styles = part("xl/styles.xml");
    CHECK(styles.contains("formatCode=\"#,##0\""));
    CHECK(styles.contains("formatCode=\"0.0%\""));
    zip_close(z);

    auto breakdowns = XlsxReader::read(bytes, QStringLiteral("o.xlsx"), QStringLiteral("Breakdowns"));
    REQUIRE(breakdowns.ok());
    CHECK(breakdowns->rows.first().cells[3].text == QStringLiteral("dimension"));
    auto tracking = XlsxReader::read(bytes, QStringLiteral("o.xlsx"));
    REQUIRE(tracking.ok());
    CHECK(tracking->sheet == QStringLiteral("Indicators"));
    CHECK(tracking->rows.first().cells[7].text == QStringLiteral("% of target"));
    CHECK(tracking->rows[1].cells[1].number == 1.0); // a year is a number
}

TEST_CASE("a protected export masks small counts, says so, and is refused by the importer")
{
    Report r = test::sampleReport();
    Indicator* v = r.indicator(QStringLiteral("2.1"));
    v->disaggregation[1][1].categories[3].value = 3; // recruitment: 3 children
    v->disaggregation[1][1].categories[2].value = 50;
    const IndicatorTable t = IndicatorTable::build(r, Language::En, SuppressionPlan(r));
    CHECK(t.maskedCells >= 2);
    CHECK_FALSE(t.note.isEmpty());
    const QByteArray csv = CsvWriter::toBytes(t.combined(), Language::En, t.note);
    const QString text = QString::fromUtf8(csv);
    const qsizetype at = text.indexOf(QStringLiteral("trafficking_type,recruitment,"));
    REQUIRE(at > 0);
    const QString row = text.mid(at, text.indexOf(QLatin1Char('\r'), at) - at);
    CHECK(row.contains(QStringLiteral(",<5,")));
    CHECK_FALSE(row.contains(QStringLiteral(",3,")));
    CHECK(csv.contains("\r\n\"# Counts of child victims"));
    const ImportPlan p = IndicatorImport::fromBytes(r, csv, QStringLiteral("p.csv"), {});
    REQUIRE_FALSE(p.ok());
    CHECK(p.errors.first().where.endsWith(QString::fromUtf8("column “actual”")));
}

TEST_CASE("texts a spreadsheet would run as formulas are written inert and read back as written")
{
    for (const char* text :
         {"=HYPERLINK(\"http://x\")", "+1", "-18 años", "@SUM(A1)", "\t=1", "\r=1", "'quoted", "'=x"}) {
        const QString t = QString::fromUtf8(text);
        INFO(text);
        CHECK(SpreadsheetCell::inert(t) == QLatin1Char('\'') + t);
        CHECK(SpreadsheetCell::restored(SpreadsheetCell::inert(t)) == t);
    }
    for (const char* text : {"", "2.1", "Bogotá", "<5", "*", "# nota", "a=b"}) {
        const QString t = QString::fromUtf8(text);
        CHECK(SpreadsheetCell::inert(t) == t);
        CHECK(SpreadsheetCell::restored(t) == t);
    }
    // A typed leading apostrophe not before a formula character is the text's own.
    CHECK(SpreadsheetCell::restored(QStringLiteral("'plain")) == QStringLiteral("'plain"));
    CHECK(SpreadsheetCell::restored(QStringLiteral("'")) == QStringLiteral("'"));

    // In a real export: the names are inert, a negative figure stays a number.
    Report r = test::sampleReport();
    Indicator* v = r.indicator(QStringLiteral("2.2"));
    v->unit = Unit::Index;
    v->name = BiText(QStringLiteral("=1+1"), QStringLiteral("@SUMA(1;2)"));
    v->actuals[1] = -3.5;
    v->disaggregation[1].append(Disaggregation{QStringLiteral("-edad"), {{QStringLiteral("+60"), 2}}});
    for (Language l : {Language::En, Language::Es}) {
        test::TempDir dir;
        const IndicatorTable t = IndicatorTable::build(r, l, SuppressionPlan());
        REQUIRE(CsvWriter::write(dir.path("out.csv"), t.combined(), l, t.note).ok());
        const QString csv = QString::fromUtf8(test::readFile(dir.path("out.csv")));
        const QChar sep = l == Language::Es ? QLatin1Char(';') : QLatin1Char(',');
        if (l == Language::En)
            CHECK(csv.contains(QStringLiteral(",'=1+1,")));
        else
            CHECK(csv.contains(QStringLiteral(";\"'@SUMA(1;2)\";")));
        CHECK(csv.contains(sep + QStringLiteral("'-edad") + sep + QStringLiteral("'+60") + sep));
        INFO(csv.toStdString());
        CHECK(
            csv.contains(sep + (l == Language::Es ? QStringLiteral("-3,5") : QStringLiteral("-3.5")) + sep));
        const Report back = importInto(emptied(r), {{dir.path("out.csv"), QString()}}, dir);
        CHECK(back.indicator(QStringLiteral("2.2"))->disaggregation.value(1).last().categories.first().name ==
              QStringLiteral("+60"));
        CHECK(back.indicator(QStringLiteral("2.2"))->actuals.value(1) == -3.5);
    }
    test::TempDir dir;
    REQUIRE(XlsxWriter::write(dir.path("o.xlsx"), IndicatorTable::build(r, Language::En, SuppressionPlan()))
                .ok());
    auto sheet = XlsxReader::read(test::readFile(dir.path("o.xlsx")), QStringLiteral("o.xlsx"));
    REQUIRE(sheet);
    bool inert = false;
    for (const SourceRow& row : sheet->rows)
        for (const SourceCell& c : row.cells)
            inert = inert || c.text == QStringLiteral("'=1+1");
    CHECK(inert);
}
