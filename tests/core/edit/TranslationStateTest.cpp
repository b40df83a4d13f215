// Each transition of docs/translation-state.md, through the one edit API, on a real report file.
#include "edit/TextChange.h"
#include "storage/ReportDocument.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {

const FieldPath kBody = FieldPath::fromString(QStringLiteral("sections/objective-2/body"));
const FieldPath kEs = kBody.child(QStringLiteral("es"));
const FieldPath kEn = kBody.child(QStringLiteral("en"));

struct Doc {
    test::TempDir dir;
    std::unique_ptr<ReportDocument> doc;

    Doc()
    {
        Report r = test::smallReport();
        r.info.sourceLanguage = Language::Es;
        auto d = ReportDocument::create(dir.path(QStringLiteral("state.cpcreport")), r, {});
        REQUIRE(d);
        doc = d.take();
    }
    BiText text() const { return *TextChange::find(doc->report(), kBody); }
    TranslationState en() const { return text().state(Language::En); }
    TranslationState es() const { return text().state(Language::Es); }
    void write(const FieldPath& p, const QString& v, const std::optional<BiText>& restore = std::nullopt)
    {
        // With `restore`, the change is an undo: the words and the whole text as it was.
        FieldChange c{p, restore ? TextChange::restoreValue(v, *restore) : QJsonValue(v), false};
        REQUIRE(doc->apply(ChangeSet{{c}, QStringLiteral("MOI"), ChangeOrigin::Edit}));
    }
    void confirm(const FieldPath& p)
    {
        REQUIRE(doc->apply(
            ChangeSet{{FieldChange{p, QJsonValue(), true}}, QStringLiteral("MOI"), ChangeOrigin::Edit}));
    }
    void reopen()
    {
        const QString path = doc->path();
        doc.reset();
        auto d = ReportDocument::open(path);
        REQUIRE(d);
        doc = d.take();
    }
};

} // namespace

TEST_CASE("a new empty text is empty, and a lone side is written with the other missing", "[state]")
{
    Doc d;
    CHECK(d.text().isEmpty());
    d.write(kEs, QStringLiteral("Se hicieron talleres."));
    CHECK(d.es() == TranslationState::Current);
    CHECK(d.en() == TranslationState::Missing);
}

TEST_CASE("typing a translation in several sittings, across a reopen, keeps the source current", "[state]")
{
    Doc d;
    d.write(kEs, QStringLiteral("Se hicieron talleres."));
    // Each debounce commit of the window is one write.
    d.write(kEn, QStringLiteral("Work"));
    d.write(kEn, QStringLiteral("Workshops were"));
    d.write(kEn, QStringLiteral("Workshops were held."));
    CHECK(d.es() == TranslationState::Current);
    d.reopen(); // another sitting
    d.write(kEn, QStringLiteral("Workshops were held in 2024."));
    CHECK(d.es() == TranslationState::Current);
    CHECK(d.en() == TranslationState::Current);
    // Then one more bullet in the Spanish source: the English must go stale.
    d.write(kEs, QStringLiteral("Se hicieron talleres.\n\n- Una viñeta más"));
    CHECK(d.en() == TranslationState::Stale);
    CHECK(d.es() == TranslationState::Current);
    d.reopen();
    CHECK(d.en() == TranslationState::Stale);
    d.write(kEs, QStringLiteral("Se hicieron talleres.\n\n- Una viñeta más, corregida"));
    CHECK(d.en() == TranslationState::Stale);
    d.write(kEn, QStringLiteral("Workshops were held.\n\n- One more bullet, corrected"));
    CHECK(d.en() == TranslationState::Current);
    CHECK(d.es() == TranslationState::Current);
}

TEST_CASE("confirming a stale translation makes it current without a word changed", "[state]")
{
    Doc d;
    d.write(kEs, QStringLiteral("Texto."));
    d.write(kEn, QStringLiteral("Text."));
    d.write(kEs, QStringLiteral("Texto, corregido."));
    REQUIRE(d.en() == TranslationState::Stale);
    d.confirm(kEn);
    CHECK(d.en() == TranslationState::Current);
    CHECK(d.text().en() == QStringLiteral("Text."));
    d.reopen();
    CHECK(d.en() == TranslationState::Current);
    d.write(kEs, QStringLiteral("Texto, corregido otra vez."));
    CHECK(d.en() == TranslationState::Stale);
}

TEST_CASE("undo of a source edit puts back the translation's state (and redo takes it again)", "[state]")
{
    Doc d;
    d.write(kEs, QStringLiteral("Texto."));
    d.write(kEn, QStringLiteral("Text."));
    const BiText before = d.text();
    d.write(kEs, QStringLiteral("Texto con otra viñeta."));
    REQUIRE(d.en() == TranslationState::Stale);
    const BiText after = d.text();
    // Undo: the old words with the state that went with them.
    d.write(kEs, QStringLiteral("Texto."), before);
    CHECK(d.en() == TranslationState::Current);
    CHECK(d.text() == before);
    d.reopen();
    CHECK(d.en() == TranslationState::Current);
    // Redo: the edit made again.
    d.write(kEs, QStringLiteral("Texto con otra viñeta."), after);
    CHECK(d.en() == TranslationState::Stale);
}

TEST_CASE("undo of a catch-up puts the translation back to stale", "[state]")
{
    Doc d;
    d.write(kEs, QStringLiteral("Texto."));
    d.write(kEn, QStringLiteral("Text."));
    d.write(kEs, QStringLiteral("Texto nuevo."));
    const BiText stale = d.text();
    d.write(kEn, QStringLiteral("New text."));
    REQUIRE(d.en() == TranslationState::Current);
    d.write(kEn, QStringLiteral("Text."), stale);
    CHECK(d.en() == TranslationState::Stale);
}

TEST_CASE("undo after the other side changed meanwhile is an ordinary write", "[state]")
{
    Doc d;
    d.write(kEs, QStringLiteral("Texto."));
    d.write(kEn, QStringLiteral("Text."));
    const BiText before = d.text();
    d.write(kEs, QStringLiteral("Texto nuevo."));
    d.write(kEn, QStringLiteral("New text.")); // the English caught up
    // Taking the Spanish back now: the English was written for the new Spanish, so it is stale again.
    d.write(kEs, QStringLiteral("Texto."), before);
    CHECK(d.text().en() == QStringLiteral("New text."));
    CHECK(d.en() == TranslationState::Stale);
}

TEST_CASE("texts that arrived together take the report's source language as their source", "[state]")
{
    Doc d; // smallReport's summary came in both languages at once
    const FieldPath summary = FieldPath::fromString(QStringLiteral("sections/executive-summary/body"));
    REQUIRE(d.doc->apply(ChangeSet{
        {FieldChange{summary.child(QStringLiteral("en")), QStringLiteral("The first year, corrected.")}},
        QStringLiteral("MOI"),
        ChangeOrigin::Edit}));
    const BiText* t = TextChange::find(d.doc->report(), summary);
    CHECK(t->state(Language::Es) == TranslationState::Current);
    REQUIRE(d.doc->apply(ChangeSet{
        {FieldChange{summary.child(QStringLiteral("es")), QStringLiteral("El primer año, corregido.")}},
        QStringLiteral("MOI"),
        ChangeOrigin::Edit}));
    t = TextChange::find(d.doc->report(), summary);
    CHECK(t->state(Language::En) == TranslationState::Stale);
}

TEST_CASE("clearing both sides makes the text empty again", "[state]")
{
    Doc d;
    d.write(kEs, QStringLiteral("Texto."));
    d.write(kEn, QStringLiteral("Text."));
    d.write(kEs, QString());
    CHECK(d.es() == TranslationState::Missing);
    CHECK(d.en() == TranslationState::Current);
    d.write(kEn, QString());
    CHECK(d.text().isEmpty());
}
