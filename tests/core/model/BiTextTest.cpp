#include "model/BiText.h"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {
// A pair written in Spanish first (the report's source language), then translated.
BiText translatedPair()
{
    BiText t;
    t.write(Language::Es, QStringLiteral("Texto"), 1);
    t.write(Language::En, QStringLiteral("Text"), 2);
    return t;
}
} // namespace

TEST_CASE("an empty side is missing and a lone side is current", "[bitext]")
{
    BiText t;
    CHECK(t.state(Language::En) == TranslationState::Missing);
    t.write(Language::Es, QStringLiteral("Hola"), 1);
    CHECK(t.state(Language::Es) == TranslationState::Current);
    CHECK(t.state(Language::En) == TranslationState::Missing);
}

TEST_CASE("translating keeps both sides current", "[bitext]")
{
    const BiText t = translatedPair();
    CHECK(t.state(Language::Es) == TranslationState::Current);
    CHECK(t.state(Language::En) == TranslationState::Current);
}

TEST_CASE("changing the source makes the translation stale, and writing it again makes it current", "[bitext]")
{
    BiText t = translatedPair();
    t.write(Language::Es, QStringLiteral("Texto nuevo"), 3);
    CHECK(t.state(Language::En) == TranslationState::Stale);
    CHECK(t.state(Language::Es) == TranslationState::Current);
    t.write(Language::En, QStringLiteral("New text"), 4);
    CHECK(t.state(Language::En) == TranslationState::Current);
    CHECK(t.state(Language::Es) == TranslationState::Current);
}

TEST_CASE("changing either side while both agreed makes the other side stale", "[bitext]")
{
    BiText t = translatedPair();
    t.write(Language::En, QStringLiteral("Text, changed"), 3);
    CHECK(t.state(Language::Es) == TranslationState::Stale);
    CHECK(t.state(Language::En) == TranslationState::Current);
    // Catching the Spanish up does not make the English stale: no ping-pong.
    t.write(Language::Es, QStringLiteral("Texto, cambiado"), 4);
    CHECK(t.state(Language::Es) == TranslationState::Current);
    CHECK(t.state(Language::En) == TranslationState::Current);
}

TEST_CASE("confirming a stale side makes it current without changing its words", "[bitext]")
{
    BiText t = translatedPair();
    t.write(Language::Es, QStringLiteral("Texto nuevo"), 3);
    REQUIRE(t.isStale(Language::En));
    t.confirm(Language::En, 4);
    CHECK(t.state(Language::En) == TranslationState::Current);
    CHECK(t.en() == QStringLiteral("Text"));
    // A later change of the source makes it stale again.
    t.write(Language::Es, QStringLiteral("Otro"), 5);
    CHECK(t.isStale(Language::En));
}

TEST_CASE("editing a stale source again keeps the translation stale", "[bitext]")
{
    BiText t = translatedPair();
    t.write(Language::Es, QStringLiteral("Uno"), 3);
    t.write(Language::Es, QStringLiteral("Dos"), 4);
    CHECK(t.isStale(Language::En));
    CHECK(t.state(Language::Es) == TranslationState::Current);
}

TEST_CASE("markStale makes a side stale as a document says", "[bitext]")
{
    BiText t(QStringLiteral("a"), QStringLiteral("b"));
    t.setBookkeeping(1, 1, 1, 1);
    CHECK_FALSE(t.isStale(Language::Es));
    t.markStale(Language::Es);
    CHECK(t.isStale(Language::Es));
    CHECK_FALSE(t.isStale(Language::En));
}
