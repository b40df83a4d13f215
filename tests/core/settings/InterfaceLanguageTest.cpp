#include "settings/InterfaceLanguage.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("the interface language is a setting of its own, and every choice resolves to en or es",
          "[settings][language]")
{
    CHECK(InterfaceLanguage::setting().key() == QStringLiteral("interface/language"));
    CHECK(InterfaceLanguage::setting().defaultValue() == QStringLiteral("system"));
    CHECK(InterfaceLanguage::resolve(QStringLiteral("es")) == QStringLiteral("es"));
    CHECK(InterfaceLanguage::resolve(QStringLiteral("en")) == QStringLiteral("en"));
    // A hand-edited value the program does not speak falls back to English, never to nothing.
    CHECK(InterfaceLanguage::resolve(QStringLiteral("fr")) == QStringLiteral("en"));
    const QString system =
        QLocale::system().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
    CHECK(InterfaceLanguage::resolve(QStringLiteral("system")) == system);
    CHECK(InterfaceLanguage::resolve(QString()) == system);
}
