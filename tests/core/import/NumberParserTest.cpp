#include "import/NumberParser.h"

#include <catch2/catch.hpp>

using cpc::NumberParser;
using D = NumberParser::Decimal;

TEST_CASE("numbers with a decimal comma, as Excel writes them in Spanish")
{
    const NumberParser p(D::Comma);
    CHECK(p.parse(QStringLiteral("12,5")) == 12.5);
    CHECK(p.parse(QStringLiteral("1.234")) == 1234);
    CHECK(p.parse(QStringLiteral("1.234.567,25")) == 1234567.25);
    CHECK(p.parse(QStringLiteral("1 234")) == 1234);
    CHECK(p.parse(QString::fromUtf8("1\u00A0234,5")) == 1234.5);
    CHECK(p.parse(QStringLiteral(" -3 ")) == -3);
    CHECK(p.parse(QStringLiteral("45 %")) == 45);
    CHECK(p.parse(QStringLiteral("$ 1.200.000")) == 1200000);
    CHECK(p.parse(QStringLiteral("1,5E+03")) == 1500);
    CHECK(p.parse(QStringLiteral(",5")) == 0.5);
    CHECK_FALSE(p.parse(QStringLiteral("12.5")));   // the other way: refused, not read as 125
    CHECK_FALSE(p.parse(QStringLiteral("1.23.4"))); // groups of three only
    CHECK_FALSE(p.parse(QStringLiteral("12,")));
}

TEST_CASE("numbers with a decimal point")
{
    const NumberParser p(D::Point);
    CHECK(p.parse(QStringLiteral("12.5")) == 12.5);
    CHECK(p.parse(QStringLiteral("1,234")) == 1234);
    CHECK(p.parse(QStringLiteral("1,234,567.5")) == 1234567.5);
    CHECK(p.parse(QStringLiteral("1.234")) == 1.234);
    CHECK(p.parse(QStringLiteral("0")) == 0);
    CHECK_FALSE(p.parse(QStringLiteral("12,5")));
}

TEST_CASE("text is not a number")
{
    const NumberParser p(D::Comma);
    for (const char* t : {"", "abc", "n/d", "-", "12 niños", "1O", "#DIV/0!", "1,2,3,4", "--3", "1e", "$"})
        CHECK_FALSE(p.parse(QString::fromUtf8(t)));
}

TEST_CASE("the decimal mark is decided per file from the unambiguous cells")
{
    CHECK(NumberParser::evidence(QStringLiteral("12,5")) == D::Comma);
    CHECK(NumberParser::evidence(QStringLiteral("1.234,5")) == D::Comma);
    CHECK(NumberParser::evidence(QStringLiteral("1.234.567")) == D::Comma);
    CHECK(NumberParser::evidence(QStringLiteral("0,250")) == D::Comma);
    CHECK(NumberParser::evidence(QStringLiteral("1,234.5")) == D::Point);
    CHECK(NumberParser::evidence(QStringLiteral("12.75")) == D::Point);
    CHECK_FALSE(NumberParser::evidence(QStringLiteral("1.234")));
    CHECK_FALSE(NumberParser::evidence(QStringLiteral("1,234")));
    CHECK_FALSE(NumberParser::evidence(QStringLiteral("163")));

    // "1.234" alone is undecided: the separator's default holds.
    CHECK(NumberParser::decide({QStringLiteral("1.234"), QStringLiteral("15")}, D::Comma) == D::Comma);
    CHECK(NumberParser::decide({QStringLiteral("1.234"), QStringLiteral("15")}, D::Point) == D::Point);
    // One "12.5" in the file settles it.
    CHECK(NumberParser::decide({QStringLiteral("1.234"), QStringLiteral("12.5")}, D::Comma) == D::Point);
    CHECK(NumberParser::decide({QStringLiteral("1,234"), QStringLiteral("3,5")}, D::Point) == D::Comma);
}
