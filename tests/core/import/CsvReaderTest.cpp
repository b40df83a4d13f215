#include "import/CsvReader.h"

#include <catch2/catch.hpp>

using cpc::CsvReader;

TEST_CASE("a CSV written by Excel in Spanish: BOM, semicolons, CRLF, quoted line breaks")
{
    const QByteArray bytes = "\xEF\xBB\xBFIndicador;A\xC3\xB1o;Logro;Notas\r\n"
                             "2.1;1;163;\"Dos l\xC3\xADneas\r\ncon \"\"comillas\"\"; y punto y coma\"\r\n"
                             ";;;\r\n"
                             "3.1;1;1.234;\r\n";
    auto t = CsvReader::read(bytes, QStringLiteral("d.csv"));
    REQUIRE(t.ok());
    CHECK(t->separator == QLatin1Char(';'));
    CHECK(t->encoding == QStringLiteral("UTF-8 with BOM"));
    REQUIRE(t->records.size() == 3); // the blank ";;;" record is left out
    CHECK(t->records[0].fields == QStringList{QStringLiteral("Indicador"), QString::fromUtf8("Año"),
                                              QStringLiteral("Logro"), QStringLiteral("Notas")});
    CHECK(t->records[1].line == 2);
    CHECK(t->records[1].fields[3] == QString::fromUtf8("Dos líneas\ncon \"comillas\"; y punto y coma"));
    CHECK(t->records[2].line == 5); // physical line: the quoted break counts
    CHECK(t->records[2].fields ==
          QStringList{QStringLiteral("3.1"), QStringLiteral("1"), QStringLiteral("1.234"), QString()});
}

TEST_CASE("Windows-1252 bytes are decoded when the file is not UTF-8")
{
    // "Categoría;Año" and "niñas" and an en dash as Excel writes them on Spanish Windows.
    const QByteArray bytes = "Indicador,Categor\xED"
                             "a,A\xF1o\n2.1,ni\xF1"
                             "as \x96 12,1\n";
    auto t = CsvReader::read(bytes, QStringLiteral("d.csv"));
    REQUIRE(t.ok());
    CHECK(t->encoding == QStringLiteral("Windows-1252"));
    CHECK(t->separator == QLatin1Char(','));
    CHECK(t->records[0].fields[1] == QString::fromUtf8("Categoría"));
    CHECK(t->records[0].fields[2] == QString::fromUtf8("Año"));
    CHECK(t->records[1].fields[1] == QString::fromUtf8("niñas – 12"));
}

TEST_CASE("UTF-8 without BOM, LF and CR-only line ends")
{
    auto t = CsvReader::read(QByteArray("a,b\r1,2\r3,4"), QStringLiteral("d.csv"));
    REQUIRE(t.ok());
    CHECK(t->encoding == QStringLiteral("UTF-8"));
    REQUIRE(t->records.size() == 3);
    CHECK(t->records[2].line == 3);
    CHECK(t->records[2].fields == QStringList{QStringLiteral("3"), QStringLiteral("4")});
}

TEST_CASE("files that are not CSV are refused with the place")
{
    auto empty = CsvReader::read(QByteArray("\xEF\xBB\xBF\r\n\r\n"), QStringLiteral("e.csv"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().where == QStringLiteral("e.csv"));

    QByteArray binary("Indicador;Logro\n2.1;3\n");
    binary.append('\0');
    binary.append("\x01\x02\xFF", 3);
    auto b = CsvReader::read(binary, QStringLiteral("b.csv"));
    REQUIRE_FALSE(b.ok());
    CHECK(b.error().where == QStringLiteral("b.csv, line 3"));

    auto open = CsvReader::read(QByteArray("a;b\n1;\"abc\n2;3\n"), QStringLiteral("q.csv"));
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().where == QStringLiteral("q.csv, line 2"));
}
