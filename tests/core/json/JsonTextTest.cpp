#include "json/JsonTextReader.h"
#include "json/JsonTextWriter.h"
#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("numbers are written as integers or in their shortest exact form", "[json]")
{
    CHECK(JsonTextWriter::number(35.0) == "35");
    CHECK(JsonTextWriter::number(-0.0) == "0");
    CHECK(JsonTextWriter::number(47.5) == "47.5");
    CHECK(JsonTextWriter::number(0.1) == "0.1");
    CHECK(JsonTextWriter::number(1e15) == "1000000000000000");
    CHECK(JsonTextWriter::number(1.0 / 3).toDouble() == 1.0 / 3);
}

TEST_CASE("texts are written as unescaped UTF-8 with only the escapes JSON needs", "[json]")
{
    OrderedJson o = OrderedJson::object();
    o.insert(QStringLiteral("b"), QStringLiteral("Niña \"x\"\\\n\t\x01 “webcam”"));
    o.insert(QStringLiteral("a"), OrderedJson::array());
    o.insert(QStringLiteral("c"), OrderedJson::object());
    const QByteArray text = JsonTextWriter::write(o);
    CHECK(text ==
          QByteArray(
              "{\n  \"b\": \"Niña \\\"x\\\"\\\\\\n\\t\\u0001 “webcam”\",\n  \"a\": [],\n  \"c\": {}\n}\n"));

    // And it reads back the same, members in the same order.
    auto back = JsonTextReader::parse(text, QStringLiteral("t.json"));
    REQUIRE(back.ok());
    REQUIRE(back->members().size() == 3);
    CHECK(back->members()[0].first == QStringLiteral("b"));
    CHECK(back->members()[0].second.toString() == QStringLiteral("Niña \"x\"\\\n\t\x01 “webcam”"));
    CHECK(back->members()[1].first == QStringLiteral("a"));
}

TEST_CASE("the reader decodes escapes, surrogate pairs and a byte order mark", "[json]")
{
    auto v = JsonTextReader::parse(
        QByteArray("\xEF\xBB\xBF{\"k\": \"a\\u00f1\\ud83d\\ude00\\/\", \"n\": -1.5e2}"), QString());
    REQUIRE(v.ok());
    CHECK(v->find(u"k")->toString() == QString::fromUtf8("añ😀/"));
    CHECK(v->find(u"n")->toDouble() == -150.0);
}

TEST_CASE("syntax errors are placed at line and column", "[json]")
{
    auto v = JsonTextReader::parse(QByteArray("{\n  \"a\": 1,\n  \"ñ\": tru\n}"), QStringLiteral("x.json"));
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().where.toStdString() == "x.json, line 3, column 10");
    CHECK(v.error().message.contains(QStringLiteral("not valid JSON")));
}
