#include "model/BiText.h"

#include "model/TextSource.h"

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

TEST_CASE("changing the source makes the translation stale, and writing it again makes it current",
          "[bitext]")
{
    BiText t = translatedPair();
    t.write(Language::Es, QStringLiteral("Texto nuevo"), 3);
    CHECK(t.state(Language::En) == TranslationState::Stale);
    CHECK(t.state(Language::Es) == TranslationState::Current);
    t.write(Language::En, QStringLiteral("New text"), 4);
    CHECK(t.state(Language::En) == TranslationState::Current);
    CHECK(t.state(Language::Es) == TranslationState::Current);
}

TEST_CASE("continuing a translation in several sittings never makes its source stale", "[bitext][state]")
{
    // The tester's first failure: the Spanish source went "Desactualizada" while the English was written.
    BiText t;
    t.write(Language::Es, QStringLiteral("Texto"), 1);
    t.write(Language::En, QStringLiteral("T"), 2);
    t.write(Language::En, QStringLiteral("Text"), 3);
    t.write(Language::En, QStringLiteral("Text, and more"), 7); // a later sitting
    CHECK(t.state(Language::Es) == TranslationState::Current);
    CHECK(t.state(Language::En) == TranslationState::Current);
    CHECK(TextSource::of(t) == Language::Es);
}

TEST_CASE("a change of the source after the translation was continued makes the translation stale",
          "[bitext][state]")
{
    // The tester's second failure: one more Spanish bullet left the English "Al día".
    BiText t = translatedPair();
    t.write(Language::En, QStringLiteral("Text, continued"), 3);
    t.write(Language::Es, QStringLiteral("Texto\n- otra viñeta"), 4);
    CHECK(t.state(Language::En) == TranslationState::Stale);
    CHECK(t.state(Language::Es) == TranslationState::Current);
    // Catching the English up does not make the Spanish stale: no ping-pong.
    t.write(Language::En, QStringLiteral("Text\n- another bullet"), 5);
    CHECK(t.state(Language::Es) == TranslationState::Current);
    CHECK(t.state(Language::En) == TranslationState::Current);
}

TEST_CASE("a text written in the other language first has that language as its source", "[bitext][state]")
{
    BiText t;
    t.write(Language::En, QStringLiteral("Written by the partner"), 1);
    t.write(Language::Es, QStringLiteral("Escrito"), 2);
    t.write(Language::Es, QStringLiteral("Escrito por el socio"), 3);
    CHECK(t.state(Language::En) == TranslationState::Current);
    t.write(Language::En, QStringLiteral("Written by the partner, later"), 4);
    CHECK(t.state(Language::Es) == TranslationState::Stale);
}

TEST_CASE("sides that arrived together take the report's source language, or the stale side as translation",
          "[bitext][state]")
{
    BiText t(QStringLiteral("Text"), QStringLiteral("Texto"));
    t.setBookkeeping(1, 1, 1, 1);
    CHECK_FALSE(TextSource::of(t).has_value());
    TextSource::settle(t, Language::Es);
    CHECK(TextSource::of(t) == Language::Es);
    t.write(Language::En, QStringLiteral("Text corrected"), 2);
    CHECK(t.state(Language::Es) == TranslationState::Current);

    BiText s(QStringLiteral("Text"), QStringLiteral("Texto"));
    s.setBookkeeping(1, 1, 1, 1);
    s.markStale(Language::Es);
    TextSource::settle(s, Language::Es); // the stale side says which one is the translation
    CHECK(TextSource::of(s) == Language::En);
    CHECK(s.isStale(Language::Es));
}

TEST_CASE("clearing the source makes the other side the source of what is written next", "[bitext][state]")
{
    BiText t = translatedPair();
    t.write(Language::Es, QString(), 3);
    CHECK(t.state(Language::Es) == TranslationState::Missing);
    CHECK(t.state(Language::En) == TranslationState::Current);
    t.write(Language::Es, QStringLiteral("Texto nuevo"), 4);
    CHECK(TextSource::of(t) == Language::En);
    CHECK(t.state(Language::En) == TranslationState::Current);
    t.write(Language::En, QString(), 5);
    t.write(Language::Es, QString(), 6);
    CHECK(t.isEmpty());
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
