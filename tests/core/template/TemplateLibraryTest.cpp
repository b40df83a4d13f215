#include "template/TemplateLibrary.h"

#include "TemplateTestData.h"
#include "support/TestSupport.h"
#include "util/ResourcePaths.h"

#include <QDir>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

// Points the user's data folder at a fresh temporary place for the test's lifetime.
struct UserFolder {
    UserFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(TemplateLibrary::userFolder()).removeRecursively();
        QDir().mkpath(TemplateLibrary::userFolder());
    }
    ~UserFolder()
    {
        QDir(TemplateLibrary::userFolder()).removeRecursively();
        QStandardPaths::setTestModeEnabled(false);
    }
    QString path(const QString& name) const { return QDir(TemplateLibrary::userFolder()).filePath(name); }
};

} // namespace

TEST_CASE("the shipped template is found by id, with its bytes", "[template][library][shipped]")
{
    UserFolder user;
    auto t = TemplateLibrary::find(QStringLiteral("colombia-cpc"));
    REQUIRE(t.ok());
    CHECK(t->tmpl.id == QStringLiteral("colombia-cpc"));
    CHECK(t->json == readFile(shippedTemplatePath()));
    CHECK(QFileInfo(t->path).canonicalFilePath() == QFileInfo(shippedTemplatePath()).canonicalFilePath());
    CHECK(TemplateLibrary::folders().last() ==
          QDir(ResourcePaths::dataDir()).filePath(QStringLiteral("templates")));
}

TEST_CASE("a template is found by file path", "[template][library]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("mine.json"));
    writeFile(path, minimalTemplateJson());
    auto t = TemplateLibrary::find(path);
    REQUIRE(t.ok());
    CHECK(t->tmpl.id == QStringLiteral("mini"));
    CHECK(t->json == minimalTemplateJson());

    auto missing = TemplateLibrary::find(dir.path(QStringLiteral("absent.json")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().where == dir.path(QStringLiteral("absent.json")));

    writeFile(dir.path(QStringLiteral("bad.json")), minimalTemplateWith(R"("id": "mini")", R"("id": 3)"));
    auto bad = TemplateLibrary::find(dir.path(QStringLiteral("bad.json")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().where.endsWith(QStringLiteral("bad.json: id")));
}

TEST_CASE("the user's templates are listed and win over the shipped ones", "[template][library]")
{
    UserFolder user;
    writeFile(user.path(QStringLiteral("mini.json")), minimalTemplateJson());
    // Named otherwise than its id: still found by id.
    writeFile(user.path(QStringLiteral("other-name.json")),
              minimalTemplateWith(R"("id": "mini")", R"("id": "mini-2025")"));
    // The user's own version of the shipped template.
    writeFile(user.path(QStringLiteral("colombia-cpc.json")),
              minimalTemplateWith(R"("id": "mini")", R"("id": "colombia-cpc")"));
    writeFile(user.path(QStringLiteral("broken.json")), "{\"format\": ");

    QList<Error> problems;
    const QList<TemplateListing> list = TemplateLibrary::available(&problems);
    QStringList ids;
    for (const TemplateListing& l : list)
        ids << l.id;
    CHECK(ids.count(QStringLiteral("colombia-cpc")) == 1);
    CHECK(ids.contains(QStringLiteral("mini")));
    CHECK(ids.contains(QStringLiteral("mini-2025")));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].where.contains(QStringLiteral("broken.json")));
    for (const TemplateListing& l : list)
        if (l.id == QStringLiteral("colombia-cpc")) CHECK(l.user);

    auto renamed = TemplateLibrary::find(QStringLiteral("mini-2025"));
    REQUIRE(renamed.ok());
    CHECK(renamed->path.endsWith(QStringLiteral("other-name.json")));
    auto overridden = TemplateLibrary::find(QStringLiteral("colombia-cpc"));
    REQUIRE(overridden.ok());
    CHECK(overridden->tmpl.name.en() == QStringLiteral("Mini template"));
}

TEST_CASE("an unknown template id says what is available", "[template][library]")
{
    UserFolder user;
    auto t = TemplateLibrary::find(QStringLiteral("peru-cpc"));
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().where == QStringLiteral("peru-cpc"));
    CHECK(t.error().message.contains(QStringLiteral("colombia-cpc")));
    CHECK_FALSE(TemplateLibrary::find(QString()).ok());
}
