#include "CliRunner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <catch2/catch.hpp>

using namespace cpc::test;

namespace {

// Runs cpcreport with its settings in `config` (what the window's Preferences write) and USER=`account`.
int runWithProfile(const QString& config, const QString& account, const QStringList& args,
                   QString* out = nullptr, bool followPreferences = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The tests pin the language; a run that follows Preferences must not be pinned.
    if (followPreferences) env.remove(QStringLiteral("CPCREPORT_LANGUAGE"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("USER"), account);
    env.remove(QStringLiteral("LOGNAME"));
    p.setProcessEnvironment(env);
    p.start(cliBinary(), args);
    p.waitForFinished(120000);
    if (out) *out = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Who is recorded for each edit of indicator 3.1's value, by the value set.
QHash<int, QString> authorsByValue(const QString& config, const QString& file)
{
    QString out;
    REQUIRE(runWithProfile(config, QStringLiteral("ana"),
                           {"history", file, "--path", "indicators/3.1", "--json"}, &out) == 0);
    QHash<int, QString> authors;
    for (const QJsonValue& e : QJsonDocument::fromJson(out.toUtf8()).array())
        authors.insert(e[QStringLiteral("new")].toInt(), e[QStringLiteral("author")].toString());
    return authors;
}

} // namespace

TEST_CASE("The command line records the person and entity the window's Preferences name", "[cli][identity]")
{
    TempDir dir;
    const QString config = dir.path(QStringLiteral("config"));
    const QString file = dir.path(QStringLiteral("r.cpcreport"));
    REQUIRE(runWithProfile(config, QStringLiteral("ana"),
                           {"new", file, "--from-json", sampleFixturePath()}) == 0);
    writeFile(dir.path(QStringLiteral("c.json")), R"({"indicators": [{"id": "3.1", "actuals": {"1": 7}}]})");

    // No name set: the account stands in for the person.
    REQUIRE(runWithProfile(config, QStringLiteral("ana"),
                           {"apply", file, dir.path(QStringLiteral("c.json"))}) == 0);
    CHECK(authorsByValue(config, file).value(7) == QStringLiteral("ana"));

    // The file Preferences writes (QSettings of organisation and application "cpcreport").
    {
        REQUIRE(QDir().mkpath(config + QStringLiteral("/cpcreport")));
        QSettings profile(config + QStringLiteral("/cpcreport/cpcreport.conf"), QSettings::IniFormat);
        profile.setValue(QStringLiteral("user/name"), QStringLiteral("Ana Pérez"));
        profile.setValue(QStringLiteral("user/entity"), QStringLiteral("MOI"));
        profile.sync();
        REQUIRE(profile.status() == QSettings::NoError);
    }
    writeFile(dir.path(QStringLiteral("c.json")), R"({"indicators": [{"id": "3.1", "actuals": {"1": 8}}]})");
    REQUIRE(runWithProfile(config, QStringLiteral("ana"),
                           {"apply", file, dir.path(QStringLiteral("c.json"))}) == 0);
    CHECK(authorsByValue(config, file).value(8) == QStringLiteral("Ana Pérez (MOI)"));
}

TEST_CASE("The command line speaks the language chosen in the window's Preferences",
          "[cli][identity][language]")
{
    TempDir dir;
    const QString config = dir.path(QStringLiteral("config"));
    const QString file = dir.path(QStringLiteral("r.cpcreport"));
    REQUIRE(runWithProfile(config, QStringLiteral("ana"),
                           {"new", file, "--from-json", sampleFixturePath()}) == 0);
    for (const auto& [choice, word] : {std::pair{"es", "advertencia"}, std::pair{"en", "warning"}}) {
        REQUIRE(QDir().mkpath(config + QStringLiteral("/cpcreport")));
        QSettings profile(config + QStringLiteral("/cpcreport/cpcreport.conf"), QSettings::IniFormat);
        profile.setValue(QStringLiteral("interface/language"), QString::fromLatin1(choice));
        profile.sync();
        QString out;
        runWithProfile(config, QStringLiteral("ana"), {"check", file}, &out, true);
        INFO(choice << "\n" << out.toStdString());
        CHECK(out.contains(QString::fromLatin1(word)));
    }
}
