#include "import/XlsxReader.h"

#include "XlsxTestWriter.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <zip.h>

using namespace cpc;

TEST_CASE("an XLSX sheet is read with texts, numbers, gaps and cell places")
{
    test::TempDir dir;
    const QString path = dir.path("d.xlsx");
    REQUIRE(test::writeXlsx(
        path, {{QStringLiteral("Portada"), {{QStringLiteral("Informe CPC")}}},
               {QStringLiteral("Datos"),
                {{QStringLiteral("Indicador"), QString::fromUtf8("Año"), QStringLiteral("Logro")},
                 {},
                 {QStringLiteral("2.1"), QVariant(), 163.0},
                 {QStringLiteral("3.1"), 1, QStringLiteral("12,5")}}}}));
    const QByteArray bytes = test::readFile(path);
    REQUIRE(XlsxReader::looksLikeZip(bytes));

    auto first = XlsxReader::read(bytes, QStringLiteral("d.xlsx"));
    REQUIRE(first.ok());
    CHECK(first->sheet == QStringLiteral("Portada"));
    CHECK(first->rows.size() == 1);

    auto t = XlsxReader::read(bytes, QStringLiteral("d.xlsx"), QStringLiteral("datos"));
    REQUIRE(t.ok());
    CHECK(t->sheet == QStringLiteral("Datos"));
    REQUIRE(t->rows.size() == 3); // the empty row 2 is left out
    CHECK(t->rows[0].cells[1].text == QString::fromUtf8("Año"));
    CHECK(t->rows[1].line == 3);
    CHECK(t->rows[1].cells[1].text.isEmpty());
    CHECK(t->rows[1].cells[2].number == 163.0);
    CHECK(t->rows[2].cells[1].number == 1.0);
    CHECK_FALSE(t->rows[2].cells[2].number); // text stays text
    CHECK(t->rows[2].cells[2].text == QStringLiteral("12,5"));
    CHECK(t->place(t->rows[2], 2) == QString::fromUtf8("d.xlsx, sheet “Datos”, cell C4"));
}

TEST_CASE("an XLSX written by openpyxl is read")
{
    auto t =
        XlsxReader::read(test::readFile(test::fixturePath(QStringLiteral("indicators/datos-openpyxl.xlsx"))),
                         QStringLiteral("datos-openpyxl.xlsx"), QStringLiteral("Datos"));
    INFO((t ? QString() : t.error().toString()).toStdString());
    REQUIRE(t.ok());
    REQUIRE(t->rows.size() >= 2);
    CHECK(t->rows[0].cells[0].text == QStringLiteral("Indicador"));
    CHECK(t->rows[0].cells[4].text == QString::fromUtf8("Dimensión"));
}

TEST_CASE("a named sheet that is missing, and files that are not XLSX, are refused")
{
    test::TempDir dir;
    REQUIRE(test::writeXlsx(dir.path("d.xlsx"), {{QStringLiteral("Hoja1"), {{QStringLiteral("x")}}}}));
    auto missing = XlsxReader::read(test::readFile(dir.path("d.xlsx")), QStringLiteral("d.xlsx"),
                                    QStringLiteral("Datos"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("Hoja1")));

    auto truncated = XlsxReader::read(test::readFile(dir.path("d.xlsx")).left(300), QStringLiteral("t.xlsx"));
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().where == QStringLiteral("t.xlsx"));
    auto garbage = XlsxReader::read(QByteArray("PK\x03\x04garbage", 11), QStringLiteral("g.xlsx"));
    REQUIRE_FALSE(garbage.ok());
}

TEST_CASE("a zip bomb is refused before it is unpacked")
{
    // A sheet part of 80 MB of zeros compresses to about 80 KB; the reader must stop at its limit.
    test::TempDir dir;
    const QString path = dir.path("bomb.xlsx");
    int err = 0;
    zip_t* z = zip_open(path.toUtf8().constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    REQUIRE(z);
    const QByteArray workbook =
        "<workbook xmlns:r=\"urn:r\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels =
        "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    static QByteArray huge(80 << 20, ' ');
    const auto add = [&](const char* name, const QByteArray& data) {
        zip_source_t* s = zip_source_buffer(z, data.constData(), zip_uint64_t(data.size()), 0);
        REQUIRE(zip_file_add(z, name, s, ZIP_FL_OVERWRITE) >= 0);
    };
    add("xl/workbook.xml", workbook);
    add("xl/_rels/workbook.xml.rels", rels);
    add("xl/worksheets/sheet1.xml", huge);
    REQUIRE(zip_close(z) == 0);
    const QByteArray bytes = test::readFile(path);
    CHECK(bytes.size() < (4 << 20));
    auto t = XlsxReader::read(bytes, QStringLiteral("bomb.xlsx"));
    REQUIRE_FALSE(t.ok());
    INFO(t.error().toString().toStdString());
    CHECK(t.error().message.contains(QStringLiteral("too large")));
}
